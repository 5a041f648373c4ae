package pe.gob.osce.soporte.ticket;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.correo.CorreoSaliente;
import pe.gob.osce.soporte.correo.Mensaje;

/** Actividad 2: deriva el correo de la incidencia o requerimiento al técnico asignado. */
@Component
public class DerivarCorreoDelegate implements JavaDelegate {

  private final RegistroActividades registro;
  private final IdentityService identidades;
  private final CorreoSaliente correo;
  private final BitacoraTicket bitacora;

  public DerivarCorreoDelegate(RegistroActividades registro, IdentityService identidades, CorreoSaliente correo,
      BitacoraTicket bitacora) {
    this.registro = registro;
    this.identidades = identidades;
    this.correo = correo;
    this.bitacora = bitacora;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    Ticket ticket = registro.obtener(BitacoraTicket.codigo(ejecucion));
    User tecnico = identidades.createUserQuery().userId(ticket.tecnico()).singleResult();
    if (tecnico == null || tecnico.getEmail() == null) {
      throw new IllegalStateException("El técnico " + ticket.tecnico() + " no tiene correo registrado en Admin");
    }
    correo.enviar(new Mensaje(tecnico.getEmail(), ticket.asuntoCorreo("Ticket asignado: " + ticket.asunto()),
        """
        %s %s:

        Se le asignó la atención del siguiente ticket (actividad 2 del procedimiento PS01.01.01).
        Evalúe la forma de atención en Tasklist (actividad 3).

        %s
        Mesa de Ayuda – UAST
        """.formatted(tecnico.getFirstName(), tecnico.getLastName(), ticket.ficha()),
        List.of()));
    bitacora.anotar(ejecucion, "Correo derivado a " + tecnico.getEmail());
  }
}
