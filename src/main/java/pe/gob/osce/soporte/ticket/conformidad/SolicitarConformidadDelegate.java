package pe.gob.osce.soporte.ticket.conformidad;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.ticket.CorreoTicket;
import pe.gob.osce.soporte.ticket.CorreosTicket;
import pe.gob.osce.soporte.ticket.Ticket;

/**
 * Actividades 7 y 9: pide al/a la usuario/a su conformidad por correo, tras la atención del técnico
 * o tras el servicio del proveedor.
 */
@Component
class SolicitarConformidadDelegate implements JavaDelegate {

  private final CorreoTicket correo;
  private final EnlacesConformidad enlaces;

  SolicitarConformidadDelegate(CorreoTicket correo, EnlacesConformidad enlaces) {
    this.correo = correo;
    this.enlaces = enlaces;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    Ticket ticket = correo.ticket(ejecucion);
    String atencion =
        ticket.proveedor() != null
            ? "El/la proveedor/a "
                + ticket.proveedor()
                + " informó que concluyó el servicio solicitado."
            : "El/la técnico/a de soporte concluyó la atención de su pedido.";
    EnlacesConformidad.Enlaces enlace =
        enlaces.crear(ticket.codigo(), ejecucion.getCurrentActivityId());
    correo.enviar(
        ejecucion,
        ticket,
        ticket.solicitante(),
        CorreosTicket.CONFORMIDAD
            .con("atencion", atencion)
            .con("enlaceConforme", enlace.conforme())
            .con("enlaceProblema", enlace.problema())
            .con("ficha", ticket.ficha())
            .redactar(),
        List.of(),
        "Conformidad solicitada a " + ticket.solicitante());
  }
}
