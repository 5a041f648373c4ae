package pe.gob.osce.soporte.equipo;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Listener de una tarea del ciclo de vida: al crearla pone al día la ficha del equipo que muestra
 * el formulario; al completarla valida lo enviado y lo anota en el registro.
 */
abstract class TareaEquipoListener implements TaskListener {

  private final FichaEquipo ficha;

  TareaEquipoListener(FichaEquipo ficha) {
    this.ficha = ficha;
  }

  @Override
  public final void notify(DelegateTask tarea) {
    if (EVENTNAME_CREATE.equals(tarea.getEventName())) {
      ficha.mostrar(tarea.getExecution());
      alCrear(tarea);
    } else if (EVENTNAME_COMPLETE.equals(tarea.getEventName())) {
      alCompletar(tarea);
    }
  }

  /** Lo que la tarea prepara para su formulario además de la ficha; por defecto nada. */
  protected void alCrear(DelegateTask tarea) {}

  protected abstract void alCompletar(DelegateTask tarea);
}
