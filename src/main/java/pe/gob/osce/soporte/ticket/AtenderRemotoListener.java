package pe.gob.osce.soporte.ticket;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.ListenerAlCompletar;
import pe.gob.osce.soporte.comun.Errores;

/** Actividad 4: atención por asistencia remota, con los pasos del procedimiento como checklist. */
@Component
public class AtenderRemotoListener extends ListenerAlCompletar {

  private final ResultadoAtencion resultado;

  public AtenderRemotoListener(ResultadoAtencion resultado) {
    this.resultado = resultado;
  }

  @Override
  protected void alCompletar(DelegateTask tarea) {
    resultado.registrar(tarea, new Errores(), ResultadoAtencion.checklist(tarea,
        "remotoBotonAsistencia", "envío de la asistencia remota desde el escritorio",
        "remotoAprobacionUsuario", "aprobación, clave y control total del usuario",
        "remotoElevacionAdministrador", "cuenta elevada a administrador de red (SIAF/SIGA/SPIJ)",
        "validacionSolicitada", "validación solicitada al usuario"));
  }
}
