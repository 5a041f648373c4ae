package pe.gob.osce.soporte.ticket;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.Errores;
import pe.gob.osce.soporte.comun.ListenerAlCompletar;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Variables;
import pe.gob.osce.soporte.ticket.ResultadoAtencion.Paso;

/**
 * Actividad 4: atención por asistencia remota, con los pasos del procedimiento como checklist. La
 * regla está en {@link ReglaAtencionRemota}.
 */
@Component
class AtenderRemotoListener extends ListenerAlCompletar {

  private static final List<Paso> CHECKLIST =
      List.of(
          new Paso(
              Variables.REMOTO_BOTON_ASISTENCIA,
              "envío de la asistencia remota desde el escritorio"),
          new Paso(
              Variables.REMOTO_APROBACION_USUARIO, "aprobación, clave y control total del usuario"),
          new Paso(
              Variables.REMOTO_ELEVACION_ADMINISTRADOR,
              "cuenta elevada a administrador de red (SIAF/SIGA/SPIJ)"),
          new Paso(Variables.VALIDACION_SOLICITADA, "validación solicitada al usuario"));

  private final ResultadoAtencion resultado;

  AtenderRemotoListener(ResultadoAtencion resultado) {
    this.resultado = resultado;
  }

  @Override
  protected void alCompletar(DelegateTask tarea) {
    Errores errores = new Errores();
    ReglaAtencionRemota.validar(Variables.VALIDACION_SOLICITADA.leer(tarea), errores);
    resultado.registrar(tarea, errores, ResultadoAtencion.checklist(tarea, CHECKLIST));
  }
}
