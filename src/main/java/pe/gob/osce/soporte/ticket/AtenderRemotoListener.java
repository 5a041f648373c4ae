package pe.gob.osce.soporte.ticket;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.Errores;

/** Actividad 4: atención por asistencia remota, con los pasos del procedimiento como checklist. */
@Component
public class AtenderRemotoListener implements TaskListener {

  private final ResultadoAtencion resultado;

  public AtenderRemotoListener(ResultadoAtencion resultado) {
    this.resultado = resultado;
  }

  @Override
  public void notify(DelegateTask tarea) {
    if (EVENTNAME_COMPLETE.equals(tarea.getEventName())) {
      resultado.registrar(tarea, new Errores(), ResultadoAtencion.checklist(tarea,
          "remotoBotonAsistencia", "envío de la asistencia remota desde el escritorio",
          "remotoAprobacionUsuario", "aprobación, clave y control total del usuario",
          "remotoElevacionAdministrador", "cuenta elevada a administrador de red (SIAF/SIGA/SPIJ)",
          "validacionSolicitada", "validación solicitada al usuario"));
    }
  }
}
