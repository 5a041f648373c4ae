package pe.gob.osce.soporte.cargo;

import pe.gob.osce.soporte.ticket.BitacoraTicket;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.ListenerAlCompletar;
import pe.gob.osce.soporte.comun.Errores;
import pe.gob.osce.soporte.comun.Variable;
import pe.gob.osce.soporte.equipo.CicloVidaEquipoAdapter;
import pe.gob.osce.soporte.equipo.Equipo;
import pe.gob.osce.soporte.equipo.EstadoEquipo;
import pe.gob.osce.soporte.equipo.RegistroEquipos;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Variables;

/**
 * Actividad 10, datos del cargo: servidor/a, órgano, bienes retirados y asignados (deben estar en el
 * registro de equipos) y, si el traslado es entre sedes, las dos sedes. Un cargo nunca entrega lo que
 * no se puede entregar: "se asigna" solo lo que está en stock o recién registrado, "se retira" solo
 * lo asignado a ese/a servidor/a; el rechazo nombra cada bien con su estado y nada cambia.
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
    List<String> asignados = Variables.EQUIPOS_ASIGNADOS.leer(tarea);
    List<String> retirados = Variables.EQUIPOS_RETIRADOS.leer(tarea);
    Errores errores = new Errores()
        .siVacio(Variables.SERVIDOR, Variables.SERVIDOR.leer(tarea), "es obligatorio: el nombre del/de la servidor/a")
        .siVacio(Variables.ORGANO_UNIDAD, Variables.ORGANO_UNIDAD.leer(tarea), "es obligatorio: el órgano o unidad orgánica");
    if (asignados.isEmpty() && retirados.isEmpty()) {
      errores.agregar(Variables.EQUIPOS_ASIGNADOS, "indique al menos un equipo asignado o retirado");
    }
    desconocidos(Variables.EQUIPOS_ASIGNADOS, asignados, errores);
    desconocidos(Variables.EQUIPOS_RETIRADOS, retirados, errores);
    String solicitante = Variables.SOLICITANTE.leer(tarea);
    rechazos(Variables.EQUIPOS_ASIGNADOS, asignados, c -> noAsignable(c, solicitante),
        "solo se asignan bienes en stock del almacén o recién registrados", errores);
    rechazos(Variables.EQUIPOS_RETIRADOS, retirados, c -> noRetirable(c, solicitante),
        "solo se retiran bienes asignados a este/a servidor/a (" + solicitante + ")", errores);
    asignados.stream().filter(retirados::contains).findFirst().ifPresent(c -> errores.agregar(Variables.EQUIPOS_RETIRADOS,
        "el equipo " + c + " no puede asignarse y retirarse en el mismo cargo"));
    if (Variables.TRASLADO_ENTRE_SEDES.leer(tarea, false)) {
      errores.siVacio(Variables.SEDE_ORIGEN, Variables.SEDE_ORIGEN.leer(tarea), "es obligatoria en un traslado entre sedes")
          .siVacio(Variables.SEDE_DESTINO, Variables.SEDE_DESTINO.leer(tarea), "es obligatoria en un traslado entre sedes");
    }
    errores.lanzarSiHay();
    Variables.EQUIPOS_ASIGNADOS.escribir(tarea, asignados);
    Variables.EQUIPOS_RETIRADOS.escribir(tarea, retirados);
    bitacora.anotar(tarea, "Cargo registrado. Asignados: " + (asignados.isEmpty() ? "ninguno" : String.join(", ", asignados))
        + ". Retirados: " + (retirados.isEmpty() ? "ninguno" : String.join(", ", retirados)) + ".");
  }

  /** Junta en un mensaje cada bien rechazado con su estado: «no se pueden …: X (pendiente de baja)». */
  private void rechazos(Variable<List<String>> campo, List<String> codigos, Function<Equipo, Optional<String>> motivo, String regla,
      Errores errores) {
    List<String> rechazados = codigos.stream()
        .flatMap(c -> equipos.buscar(c).stream())
        .flatMap(e -> motivo.apply(e).map(m -> e.codigoPatrimonial() + " (" + m + ")").stream())
        .toList();
    if (!rechazados.isEmpty()) {
      errores.agregar(campo, "no se pueden " + (campo.equals(Variables.EQUIPOS_ASIGNADOS) ? "asignar" : "retirar")
          + ": " + String.join(", ", rechazados) + "; " + regla);
    }
  }

  /**
   * "Se asigna": un bien en stock (en almacén y, si está en su ciclo de vida, esperando en el almacén)
   * o recién registrado (solo tiene su alta), sin titular o con este/a servidor/a como titular.
   */
  private Optional<String> noAsignable(Equipo e, String solicitante) {
    if (e.estado() == EstadoEquipo.EN_ALMACEN) {
      return cicloVida.estaEnCiclo(e.codigoPatrimonial()) && !cicloVida.estaEnAlmacen(e.codigoPatrimonial())
          ? Optional.of("en revisión en el almacén, actividades 17-18") : Optional.empty();
    }
    boolean reciente = equipos.historia(e.codigoPatrimonial()).size() == 1;
    if (reciente && (e.titular() == null || e.titular().equalsIgnoreCase(solicitante))) {
      return Optional.empty();
    }
    return Optional.of(estado(e, solicitante));
  }

  /** "Se retira": solo un bien asignado a este/a servidor/a. */
  private static Optional<String> noRetirable(Equipo e, String solicitante) {
    boolean asignado = e.estado() == EstadoEquipo.ASIGNADO || e.estado() == EstadoEquipo.REASIGNADO;
    return asignado && e.titular() != null && e.titular().equalsIgnoreCase(solicitante)
        ? Optional.empty() : Optional.of(estado(e, solicitante));
  }

  private static String estado(Equipo e, String solicitante) {
    boolean asignado = e.estado() == EstadoEquipo.ASIGNADO || e.estado() == EstadoEquipo.REASIGNADO;
    if (asignado && e.titular() != null && !e.titular().equalsIgnoreCase(solicitante)) {
      return e.estado().etiqueta() + " a otra persona";
    }
    return e.estado().etiqueta();
  }

  private void desconocidos(Variable<List<String>> campo, List<String> codigos, Errores errores) {
    List<String> faltan = codigos.stream().filter(c -> !equipos.existe(c)).toList();
    if (!faltan.isEmpty()) {
      errores.agregar(campo, "no están en el registro de equipos: " + String.join(", ", faltan));
    }
  }
}
