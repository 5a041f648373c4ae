package pe.gob.osce.soporte.ticket;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Actividad 1, pedido por teléfono: se pide al/a la servidor/a regularizar la atención por correo.
 */
@Component
class SolicitarRegularizacionDelegate implements JavaDelegate {

  private final CorreoTicket correo;

  SolicitarRegularizacionDelegate(CorreoTicket correo) {
    this.correo = correo;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    Ticket ticket = correo.ticket(ejecucion);
    correo.enviar(
        ejecucion,
        ticket,
        ticket.solicitante(),
        CorreosTicket.REGULARIZACION
            .con("ticket", ticket.codigo())
            .con("ficha", ticket.ficha())
            .redactar(),
        List.of(),
        "Se pidió regularizar por correo a " + ticket.solicitante());
  }
}
