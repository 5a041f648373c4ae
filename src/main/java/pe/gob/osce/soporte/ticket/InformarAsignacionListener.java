package pe.gob.osce.soporte.ticket;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.Errores;
import pe.gob.osce.soporte.comun.ListenerAlCompletar;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Variables;

/**
 * Actividad 13: el proveído del SGD con el que se informó la asignación o el cambio de usuario del
 * bien.
 */
@Component
class InformarAsignacionListener extends ListenerAlCompletar {

  private final BitacoraTicket bitacora;

  InformarAsignacionListener(BitacoraTicket bitacora) {
    this.bitacora = bitacora;
  }

  @Override
  protected void alCompletar(DelegateTask tarea) {
    String proveido = Variables.PROVEIDO_SGD.leer(tarea);
    new Errores()
        .siVacio(Variables.PROVEIDO_SGD, proveido, "es obligatorio: el número de proveído del SGD")
        .siLargo(Variables.PROVEIDO_SGD, proveido, 100)
        .lanzarSiHay();
    bitacora.anotar(tarea, "Informado por proveído SGD " + proveido);
  }
}
