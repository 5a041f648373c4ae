package pe.gob.osce.soporte.ticket;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.UsuarioActual;

/**
 * Anota en el registro cada paso numerado con el id y el nombre del elemento BPMN que lo ejecuta,
 * así la historia del ticket usa los mismos nombres que Tasklist y Cockpit.
 */
@Component
public class BitacoraTicket {

  private final RegistroActividades registro;
  private final UsuarioActual usuario;

  public BitacoraTicket(RegistroActividades registro, UsuarioActual usuario) {
    this.registro = registro;
    this.usuario = usuario;
  }

  public void anotar(DelegateExecution ejecucion, String detalle) {
    registro.registrarPaso(
        codigo(ejecucion),
        ejecucion.getCurrentActivityId(),
        ejecucion.getCurrentActivityName(),
        usuario.id(),
        detalle);
  }

  public void anotar(DelegateTask tarea, String detalle) {
    String quien = tarea.getAssignee() != null ? tarea.getAssignee() : usuario.id();
    registro.registrarPaso(
        codigo(tarea.getExecution()),
        tarea.getTaskDefinitionKey(),
        tarea.getName(),
        quien,
        detalle);
  }

  public static String codigo(DelegateExecution ejecucion) {
    return ejecucion.getProcessBusinessKey();
  }
}
