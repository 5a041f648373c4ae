package pe.gob.osce.soporte.comun;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Listener de una tarea de usuario que solo actúa al completarla: valida lo enviado y lo anota. Los
 * modelos lo registran para create y complete; la creación no necesita nada.
 */
public abstract class ListenerAlCompletar implements TaskListener {

  @Override
  public final void notify(DelegateTask tarea) {
    if (EVENTNAME_COMPLETE.equals(tarea.getEventName())) {
      alCompletar(tarea);
    }
  }

  protected abstract void alCompletar(DelegateTask tarea);
}
