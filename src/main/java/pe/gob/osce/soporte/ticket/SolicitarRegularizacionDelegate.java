package pe.gob.osce.soporte.ticket;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Actividad 1, pedido por teléfono: se pide al/a la servidor/a regularizar la atención por correo. */
@Component
class SolicitarRegularizacionDelegate implements JavaDelegate {

  private final CorreoTicket correo;

  SolicitarRegularizacionDelegate(CorreoTicket correo) {
    this.correo = correo;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    Ticket ticket = correo.ticket(ejecucion);
    correo.enviar(ejecucion, ticket, ticket.solicitante(), "Regularice su pedido telefónico por correo",
        """
        Estimado/a servidor/a:

        Registramos su pedido recibido por teléfono (anexo 2351) con el ticket %s.
        Según el procedimiento PS01.01.01, le pedimos regularizar la atención respondiendo a este
        correo con el detalle de su incidencia o requerimiento.

        %s
        Atentamente,
        Mesa de Ayuda – UAST
        """.formatted(ticket.codigo(), ticket.ficha()),
        List.of(), "Se pidió regularizar por correo a " + ticket.solicitante());
  }
}
