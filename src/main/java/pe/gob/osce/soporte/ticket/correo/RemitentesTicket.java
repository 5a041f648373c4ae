package pe.gob.osce.soporte.ticket.correo;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.catalogo.Grupos;
import pe.gob.osce.soporte.ticket.AtencionTicketAdapter;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Variables;
import pe.gob.osce.soporte.ticket.RegistroActividades;
import pe.gob.osce.soporte.ticket.Ticket;
import pe.gob.osce.soporte.ticket.correo.CorreoEntranteTicket.Referido;

/**
 * Quién puede escribir a un ticket por correo (issue 10): su solicitante, su proveedor (la
 * dirección de la actividad 8) o el personal de la UAST, es decir un usuario del motor con esa
 * dirección en uno de los grupos del procedimiento. Quien solo conoce el código del ticket (son
 * correlativos) no.
 */
@Component
class RemitentesTicket {

  static final Set<String> PERSONAL =
      Set.of(
          Grupos.MESA_AYUDA,
          Grupos.SOPORTE_TECNICO,
          Grupos.JEFE_UAST,
          Grupos.JEFE_OTI,
          Grupos.CAMUNDA_ADMIN);

  private final IdentityService identidades;
  private final AtencionTicketAdapter atencion;
  private final RegistroActividades registro;

  RemitentesTicket(
      IdentityService identidades, AtencionTicketAdapter atencion, RegistroActividades registro) {
    this.identidades = identidades;
    this.atencion = atencion;
    this.registro = registro;
  }

  boolean puedeResponder(String remitente, Referido referido) {
    return iguales(remitente, solicitante(referido))
        || iguales(remitente, proveedor(referido))
        || esPersonal(remitente);
  }

  /** La dirección de la actividad 8, mientras el ticket sigue en curso. */
  Optional<String> proveedor(Referido referido) {
    return referido.processInstanceId() == null
        ? Optional.empty()
        : atencion.variable(referido.processInstanceId(), Variables.CORREO_PROVEEDOR);
  }

  private Optional<String> solicitante(Referido referido) {
    Optional<String> delRegistro =
        referido.codigoTicket() == null
            ? Optional.empty()
            : registro.buscar(referido.codigoTicket()).map(Ticket::solicitante);
    return delRegistro.isPresent() || referido.processInstanceId() == null
        ? delRegistro
        : atencion.variable(referido.processInstanceId(), Variables.SOLICITANTE);
  }

  private boolean esPersonal(String remitente) {
    List<User> usuarios =
        Stream.of(remitente, remitente.toLowerCase(Locale.ROOT))
            .distinct()
            .flatMap(d -> identidades.createUserQuery().userEmail(d).list().stream())
            .toList();
    return usuarios.stream()
        .anyMatch(
            u ->
                identidades.createGroupQuery().groupMember(u.getId()).list().stream()
                    .anyMatch(g -> PERSONAL.contains(g.getId())));
  }

  static boolean iguales(String remitente, Optional<String> direccion) {
    return direccion.filter(d -> d.strip().equalsIgnoreCase(remitente.strip())).isPresent();
  }
}
