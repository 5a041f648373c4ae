package pe.gob.osce.soporte.ticket;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.Errores;
import pe.gob.osce.soporte.comun.ListenerAlCompletar;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Variables;
import pe.gob.osce.soporte.ticket.ResultadoAtencion.Paso;

/** Actividad 5: atención guiada por teléfono. */
@Component
class AtenderTelefonoListener extends ListenerAlCompletar {

  private static final List<Paso> CHECKLIST =
      List.of(
          new Paso(Variables.ATENCION_GUIADA, "atención guiada por teléfono"),
          new Paso(Variables.VALIDACION_SOLICITADA, "validación solicitada al usuario"));

  private final ResultadoAtencion resultado;

  AtenderTelefonoListener(ResultadoAtencion resultado) {
    this.resultado = resultado;
  }

  @Override
  protected void alCompletar(DelegateTask tarea) {
    resultado.registrar(tarea, new Errores(), ResultadoAtencion.checklist(tarea, CHECKLIST));
  }
}
