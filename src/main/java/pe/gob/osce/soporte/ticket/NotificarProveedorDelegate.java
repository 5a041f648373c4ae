package pe.gob.osce.soporte.ticket;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Variables;

/**
 * Actividad 8: escala por correo la atención al/a la proveedor/a o tercero de servicio TI. El
 * Message-ID lleva la firma de {@link ReferenciaProveedor}: solo su respuesta cuenta como la del
 * proveedor.
 */
@Component
class NotificarProveedorDelegate implements JavaDelegate {

  private final CorreoTicket correo;
  private final ReferenciaProveedor referencias;

  NotificarProveedorDelegate(CorreoTicket correo, ReferenciaProveedor referencias) {
    this.correo = correo;
    this.referencias = referencias;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    Ticket ticket = correo.ticket(ejecucion);
    String destinatario = Variables.CORREO_PROVEEDOR.leer(ejecucion);
    correo.enviar(
        ejecucion,
        ticket,
        destinatario,
        CorreosTicket.ESCALAMIENTO_PROVEEDOR
            .con("asunto", ticket.asunto())
            .con("proveedor", ticket.proveedor())
            .con("motivo", Variables.MOTIVO_ESCALAMIENTO.leer(ejecucion))
            .con("ficha", ticket.ficha())
            .redactar(),
        List.of(),
        "Escalado por correo a " + ticket.proveedor() + " <" + destinatario + ">",
        referencias.referencia(ticket.codigo(), destinatario));
  }
}
