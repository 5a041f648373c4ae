package pe.gob.osce.soporte.ticket;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.camunda.spin.Spin;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.catalogo.Grupos;
import pe.gob.osce.soporte.comun.DatosInvalidosException;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Variables;

/**
 * Actividad 2: al crear la tarea ofrece los técnicos del grupo soporte-tecnico; al completarla
 * comprueba que el elegido sea uno de ellos y lo anota en el registro.
 */
@Component
class AsignarTecnicoListener implements TaskListener {

  private final IdentityService identidades;
  private final RegistroActividades registro;
  private final BitacoraTicket bitacora;

  AsignarTecnicoListener(
      IdentityService identidades, RegistroActividades registro, BitacoraTicket bitacora) {
    this.identidades = identidades;
    this.registro = registro;
    this.bitacora = bitacora;
  }

  @Override
  public void notify(DelegateTask tarea) {
    if (EVENTNAME_CREATE.equals(tarea.getEventName())) {
      List<Map<String, String>> opciones =
          tecnicos().stream().map(u -> Map.of("label", nombre(u), "value", u.getId())).toList();
      Variables.TECNICOS_DISPONIBLES.escribirLocal(tarea, Spin.JSON(opciones));
    } else if (EVENTNAME_COMPLETE.equals(tarea.getEventName())) {
      String tecnico = Variables.TECNICO.leer(tarea);
      User elegido =
          tecnico == null
              ? null
              : tecnicos().stream().filter(u -> u.getId().equals(tecnico)).findFirst().orElse(null);
      if (elegido == null) {
        throw DatosInvalidosException.deCampo(
            Variables.TECNICO,
            tecnico == null
                ? "es obligatorio: elija el/la técnico/a responsable"
                : "«" + tecnico + "» no pertenece al grupo Soporte Técnico");
      }
      if (elegido.getEmail() == null || elegido.getEmail().isBlank()) {
        throw DatosInvalidosException.deCampo(
            Variables.TECNICO,
            nombre(elegido)
                + " no tiene correo registrado: regístrelo en Admin para derivarle el ticket");
      }
      registro.asignarTecnico(BitacoraTicket.codigo(tarea.getExecution()), tecnico);
      bitacora.anotar(tarea, "Asignado a " + nombre(elegido));
    }
  }

  private List<User> tecnicos() {
    return identidades
        .createUserQuery()
        .memberOfGroup(Grupos.SOPORTE_TECNICO)
        .orderByUserLastName()
        .asc()
        .list();
  }

  private static String nombre(User u) {
    return (u.getFirstName() + " " + u.getLastName()).trim();
  }
}
