package pe.gob.osce.soporte.ticket;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Actividad 2: deriva el correo de la incidencia o requerimiento al técnico asignado. */
@Component
class DerivarCorreoDelegate implements JavaDelegate {

  private final IdentityService identidades;
  private final CorreoTicket correo;

  DerivarCorreoDelegate(IdentityService identidades, CorreoTicket correo) {
    this.identidades = identidades;
    this.correo = correo;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    Ticket ticket = correo.ticket(ejecucion);
    User tecnico = identidades.createUserQuery().userId(ticket.tecnico()).singleResult();
    if (tecnico == null || tecnico.getEmail() == null) {
      throw new IllegalStateException(
          "El técnico " + ticket.tecnico() + " no tiene correo registrado en Admin");
    }
    correo.enviar(
        ejecucion,
        ticket,
        tecnico.getEmail(),
        CorreosTicket.DERIVACION
            .con("asunto", ticket.asunto())
            .con("nombre", tecnico.getFirstName())
            .con("apellido", tecnico.getLastName())
            .con("ficha", ticket.ficha())
            .redactar(),
        List.of(),
        "Correo derivado a " + tecnico.getEmail());
  }
}
