package pe.gob.osce.soporte.ticket;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.correo.CorreoSaliente;
import pe.gob.osce.soporte.correo.Mensaje;

/** Actividad 1, pedido por teléfono: se pide al/a la servidor/a regularizar la atención por correo. */
@Component
public class SolicitarRegularizacionDelegate implements JavaDelegate {

  private final RegistroActividades registro;
  private final CorreoSaliente correo;
  private final BitacoraTicket bitacora;

  public SolicitarRegularizacionDelegate(RegistroActividades registro, CorreoSaliente correo, BitacoraTicket bitacora) {
    this.registro = registro;
    this.correo = correo;
    this.bitacora = bitacora;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    Ticket ticket = registro.obtener(BitacoraTicket.codigo(ejecucion));
    correo.enviar(new Mensaje(ticket.solicitante(), ticket.asuntoCorreo("Regularice su pedido telefónico por correo"),
        """
        Estimado/a servidor/a:

        Registramos su pedido recibido por teléfono (anexo 2351) con el ticket %s.
        Según el procedimiento PS01.01.01, le pedimos regularizar la atención respondiendo a este
        correo con el detalle de su incidencia o requerimiento.

        %s
        Atentamente,
        Mesa de Ayuda – UAST
        """.formatted(ticket.codigo(), ticket.ficha()),
        java.util.List.of()));
    bitacora.anotar(ejecucion, "Se pidió regularizar por correo a " + ticket.solicitante());
  }
}
