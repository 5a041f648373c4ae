package pe.gob.osce.soporte.ticket;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.ListenerAlCompletar;
import pe.gob.osce.soporte.comun.Errores;

/** Actividad 5: atención guiada por teléfono. */
@Component
class AtenderTelefonoListener extends ListenerAlCompletar {

  private final ResultadoAtencion resultado;

  AtenderTelefonoListener(ResultadoAtencion resultado) {
    this.resultado = resultado;
  }

  @Override
  protected void alCompletar(DelegateTask tarea) {
    resultado.registrar(tarea, new Errores(), ResultadoAtencion.checklist(tarea,
        "atencionGuiada", "atención guiada por teléfono",
        "validacionSolicitada", "validación solicitada al usuario"));
  }
}
