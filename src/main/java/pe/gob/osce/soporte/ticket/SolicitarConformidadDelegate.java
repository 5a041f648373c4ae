package pe.gob.osce.soporte.ticket;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.correo.CorreoSaliente;
import pe.gob.osce.soporte.correo.Mensaje;

/**
 * Actividades 7 y 9: pide al/a la usuario/a su conformidad por correo, tras la atención del técnico
 * o tras el servicio del proveedor.
 */
@Component
public class SolicitarConformidadDelegate implements JavaDelegate {

  private final RegistroActividades registro;
  private final CorreoSaliente correo;
  private final BitacoraTicket bitacora;

  public SolicitarConformidadDelegate(RegistroActividades registro, CorreoSaliente correo, BitacoraTicket bitacora) {
    this.registro = registro;
    this.correo = correo;
    this.bitacora = bitacora;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    Ticket ticket = registro.obtener(BitacoraTicket.codigo(ejecucion));
    String atencion = ticket.proveedor() != null
        ? "El/la proveedor/a " + ticket.proveedor() + " informó que concluyó el servicio solicitado."
        : "El/la técnico/a de soporte concluyó la atención de su pedido.";
    correo.enviar(new Mensaje(ticket.solicitante(), ticket.asuntoCorreo("Solicitud de conformidad de la atención"),
        """
        Estimado/a servidor/a:

        %s
        Le pedimos responder a este correo indicando su conformidad con la atención, o
        describiendo el problema si aún persiste.

        %s
        Atentamente,
        Mesa de Ayuda – UAST
        """.formatted(atencion, ticket.ficha()),
        List.of()));
    bitacora.anotar(ejecucion, "Conformidad solicitada a " + ticket.solicitante());
  }
}
