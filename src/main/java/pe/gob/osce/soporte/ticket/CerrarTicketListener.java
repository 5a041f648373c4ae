package pe.gob.osce.soporte.ticket;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.ListenerAlCompletar;
import pe.gob.osce.soporte.comun.Errores;
import pe.gob.osce.soporte.comun.LecturaVariables;
import pe.gob.osce.soporte.equipo.RegistroEquipos;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Variables;

/**
 * Actividad 12: el técnico cierra el ticket e indica si hubo cambio o devolución de equipos, que
 * abre en paralelo las actividades 13-14 y el ciclo de vida de cada equipo devuelto (15).
 */
@Component
class CerrarTicketListener extends ListenerAlCompletar {

  private final RegistroEquipos equipos;
  private final BitacoraTicket bitacora;

  CerrarTicketListener(RegistroEquipos equipos, BitacoraTicket bitacora) {
    this.equipos = equipos;
    this.bitacora = bitacora;
  }

  @Override
  protected void alCompletar(DelegateTask tarea) {
    boolean devolucion = LecturaVariables.verdadero(tarea, Variables.DEVOLUCION_EQUIPO);
    List<String> devueltos = LecturaVariables.codigos(LecturaVariables.texto(tarea, Variables.EQUIPOS_DEVUELTOS));
    Errores errores = new Errores();
    if (devolucion && devueltos.isEmpty()) {
      errores.agregar(Variables.EQUIPOS_DEVUELTOS, "indique los códigos patrimoniales de los equipos devueltos");
    }
    List<String> faltan = devueltos.stream().filter(c -> !equipos.existe(c)).toList();
    if (!faltan.isEmpty()) {
      errores.agregar(Variables.EQUIPOS_DEVUELTOS, "no están en el registro de equipos: " + String.join(", ", faltan));
    }
    errores.lanzarSiHay();
    tarea.setVariable(Variables.DEVOLUCION_EQUIPO, devolucion);
    tarea.setVariable(Variables.EQUIPOS_DEVUELTOS, devolucion ? String.join(", ", devueltos) : null);
    tarea.setVariable(Variables.MOVIMIENTO_EQUIPOS, devolucion || LecturaVariables.verdadero(tarea, Variables.CAMBIO_EQUIPO));
    bitacora.anotar(tarea, devolucion ? "Cierre con devolución de equipos: " + String.join(", ", devueltos)
        : "Cierre sin devolución de equipos");
  }
}
