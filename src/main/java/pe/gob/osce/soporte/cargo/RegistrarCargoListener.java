package pe.gob.osce.soporte.cargo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.cargo.ReglaCargo.Bien;
import pe.gob.osce.soporte.cargo.ReglaCargo.Cargo;
import pe.gob.osce.soporte.comun.Errores;
import pe.gob.osce.soporte.comun.ListenerAlCompletar;
import pe.gob.osce.soporte.equipo.CicloVidaEquipoAdapter;
import pe.gob.osce.soporte.equipo.Equipo;
import pe.gob.osce.soporte.equipo.EstadoEquipo;
import pe.gob.osce.soporte.equipo.RegistroEquipos;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Variables;
import pe.gob.osce.soporte.ticket.BitacoraTicket;

/**
 * Actividad 10, datos del cargo: lee el formulario y el estado de cada bien nombrado, aplica {@link
 * ReglaCargo} y, si nada se rechaza, deja los códigos normalizados. Un rechazo no cambia nada.
 */
@Component
class RegistrarCargoListener extends ListenerAlCompletar {

  private final RegistroEquipos equipos;
  private final BitacoraTicket bitacora;
  private final CicloVidaEquipoAdapter cicloVida;

  RegistrarCargoListener(
      RegistroEquipos equipos, BitacoraTicket bitacora, CicloVidaEquipoAdapter cicloVida) {
    this.equipos = equipos;
    this.bitacora = bitacora;
    this.cicloVida = cicloVida;
  }

  @Override
  protected void alCompletar(DelegateTask tarea) {
    List<String> asignados = Variables.EQUIPOS_ASIGNADOS.leer(tarea);
    List<String> retirados = Variables.EQUIPOS_RETIRADOS.leer(tarea);
    Cargo cargo =
        new Cargo(
            Variables.SERVIDOR.leer(tarea),
            Variables.ORGANO_UNIDAD.leer(tarea),
            Variables.SOLICITANTE.leer(tarea),
            asignados,
            retirados,
            Variables.TRASLADO_ENTRE_SEDES.leer(tarea, false),
            Variables.SEDE_ORIGEN.leer(tarea),
            Variables.SEDE_DESTINO.leer(tarea));
    Map<String, Bien> bienes = new HashMap<>();
    Stream.concat(asignados.stream(), retirados.stream())
        .distinct()
        .forEach(c -> equipos.buscar(c).ifPresent(e -> bienes.put(c, bien(e))));
    Errores errores = new Errores();
    ReglaCargo.validar(cargo, bienes, errores);
    errores.lanzarSiHay();
    Variables.EQUIPOS_ASIGNADOS.escribir(tarea, asignados);
    Variables.EQUIPOS_RETIRADOS.escribir(tarea, retirados);
    bitacora.anotar(
        tarea,
        "Cargo registrado. Asignados: "
            + (asignados.isEmpty() ? "ninguno" : String.join(", ", asignados))
            + ". Retirados: "
            + (retirados.isEmpty() ? "ninguno" : String.join(", ", retirados))
            + ".");
  }

  private Bien bien(Equipo e) {
    String codigo = e.codigoPatrimonial();
    boolean enRevision =
        e.estado() == EstadoEquipo.EN_ALMACEN
            && cicloVida.estaEnCiclo(codigo)
            && !cicloVida.estaEnAlmacen(codigo);
    return new Bien(e, enRevision, equipos.historia(codigo).size() == 1);
  }
}
