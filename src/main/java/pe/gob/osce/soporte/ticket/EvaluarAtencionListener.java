package pe.gob.osce.soporte.ticket;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.ListenerAlCompletar;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Variables;

/**
 * Actividad 3: el técnico toma conocimiento y decide el modo de atención (remota, teléfono,
 * presencial).
 */
@Component
class EvaluarAtencionListener extends ListenerAlCompletar {

  private final RegistroActividades registro;
  private final BitacoraTicket bitacora;

  EvaluarAtencionListener(RegistroActividades registro, BitacoraTicket bitacora) {
    this.registro = registro;
    this.bitacora = bitacora;
  }

  @Override
  protected void alCompletar(DelegateTask tarea) {
    ModoAtencion modo =
        Variables.MODO_ATENCION.requerido(
            tarea, "es obligatorio: elija asistencia remota, por teléfono o presencial");
    registro.registrarModo(BitacoraTicket.codigo(tarea.getExecution()), modo);
    bitacora.anotar(tarea, "Modo de atención: " + modo.etiqueta());
  }
}
