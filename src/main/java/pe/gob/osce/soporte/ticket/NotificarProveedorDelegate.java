package pe.gob.osce.soporte.ticket;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Variables;

/**
 * Actividad 8: escala por correo la atención al/a la proveedor/a o tercero de servicio TI. El
 * Message-ID lleva la firma de {@link ReferenciaProveedor}: solo su respuesta cuenta como la del proveedor.
 */
@Component
public class NotificarProveedorDelegate implements JavaDelegate {

  private final CorreoTicket correo;
  private final ReferenciaProveedor referencias;

  public NotificarProveedorDelegate(CorreoTicket correo, ReferenciaProveedor referencias) {
    this.correo = correo;
    this.referencias = referencias;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    Ticket ticket = correo.ticket(ejecucion);
    String destinatario = Variables.CORREO_PROVEEDOR.leer(ejecucion);
    correo.enviar(ejecucion, ticket, destinatario, "Solicitud de atención: " + ticket.asunto(),
        """
        Estimado/a proveedor/a %s:

        La Unidad de Arquitectura y Soporte de TIC (UAST) del OSCE solicita su atención para el
        siguiente caso.

        Motivo: %s

        %s
        Al concluir el servicio, responda a este correo con el informe, guía de atención o boleta.

        Atentamente,
        Mesa de Ayuda – UAST
        """.formatted(ticket.proveedor(), Variables.MOTIVO_ESCALAMIENTO.leer(ejecucion),
            ticket.ficha()),
        List.of(), "Escalado por correo a " + ticket.proveedor() + " <" + destinatario + ">",
        referencias.referencia(ticket.codigo(), destinatario));
  }
}
