package pe.gob.osce.soporte.ticket;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.ListenerAlCompletar;
import pe.gob.osce.soporte.comun.Errores;
import pe.gob.osce.soporte.comun.LecturaVariables;
import pe.gob.osce.soporte.equipo.CicloVidaEquipoAdapter;
import pe.gob.osce.soporte.equipo.RegistroEquipos;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Variables;

/**
 * Actividad 10, datos del cargo: servidor/a, órgano, bienes retirados y asignados (deben estar en el
 * registro de equipos) y, si el traslado es entre sedes, las dos sedes.
 */
@Component
public class RegistrarCargoListener extends ListenerAlCompletar {

  private final RegistroEquipos equipos;
  private final BitacoraTicket bitacora;
  private final CicloVidaEquipoAdapter cicloVida;

  public RegistrarCargoListener(RegistroEquipos equipos, BitacoraTicket bitacora, CicloVidaEquipoAdapter cicloVida) {
    this.equipos = equipos;
    this.bitacora = bitacora;
    this.cicloVida = cicloVida;
  }

  @Override
  protected void alCompletar(DelegateTask tarea) {
    List<String> asignados = LecturaVariables.codigos(LecturaVariables.texto(tarea, Variables.EQUIPOS_ASIGNADOS));
    List<String> retirados = LecturaVariables.codigos(LecturaVariables.texto(tarea, Variables.EQUIPOS_RETIRADOS));
    Errores errores = new Errores()
        .siVacio(Variables.SERVIDOR, LecturaVariables.texto(tarea, Variables.SERVIDOR), "es obligatorio: el nombre del/de la servidor/a")
        .siVacio(Variables.ORGANO_UNIDAD, LecturaVariables.texto(tarea, Variables.ORGANO_UNIDAD), "es obligatorio: el órgano o unidad orgánica");
    if (asignados.isEmpty() && retirados.isEmpty()) {
      errores.agregar(Variables.EQUIPOS_ASIGNADOS, "indique al menos un equipo asignado o retirado");
    }
    desconocidos(Variables.EQUIPOS_ASIGNADOS, asignados, errores);
    desconocidos(Variables.EQUIPOS_RETIRADOS, retirados, errores);
    List<String> fueraDeStock = asignados.stream()
        .filter(c -> cicloVida.estaEnCiclo(c) && !cicloVida.estaEnAlmacen(c)).toList();
    if (!fueraDeStock.isEmpty()) {
      errores.agregar(Variables.EQUIPOS_ASIGNADOS, "están en diagnóstico, formateo o baja (actividades 15-22) y aún no"
          + " pueden asignarse: " + String.join(", ", fueraDeStock));
    }
    asignados.stream().filter(retirados::contains).findFirst().ifPresent(c -> errores.agregar(Variables.EQUIPOS_RETIRADOS,
        "el equipo " + c + " no puede asignarse y retirarse en el mismo cargo"));
    if (LecturaVariables.verdadero(tarea, Variables.TRASLADO_ENTRE_SEDES)) {
      errores.siVacio(Variables.SEDE_ORIGEN, LecturaVariables.texto(tarea, Variables.SEDE_ORIGEN), "es obligatoria en un traslado entre sedes")
          .siVacio(Variables.SEDE_DESTINO, LecturaVariables.texto(tarea, Variables.SEDE_DESTINO), "es obligatoria en un traslado entre sedes");
    }
    errores.lanzarSiHay();
    tarea.setVariable(Variables.EQUIPOS_ASIGNADOS, String.join(", ", asignados));
    tarea.setVariable(Variables.EQUIPOS_RETIRADOS, String.join(", ", retirados));
    bitacora.anotar(tarea, "Cargo registrado. Asignados: " + (asignados.isEmpty() ? "ninguno" : String.join(", ", asignados))
        + ". Retirados: " + (retirados.isEmpty() ? "ninguno" : String.join(", ", retirados)) + ".");
  }

  private void desconocidos(String campo, List<String> codigos, Errores errores) {
    List<String> faltan = codigos.stream().filter(c -> !equipos.existe(c)).toList();
    if (!faltan.isEmpty()) {
      errores.agregar(campo, "no están en el registro de equipos: " + String.join(", ", faltan));
    }
  }
}
