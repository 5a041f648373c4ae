package pe.gob.osce.soporte.ticket.conformidad;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pe.gob.osce.soporte.catalogo.Canal;
import pe.gob.osce.soporte.comun.Reloj;
import pe.gob.osce.soporte.comun.Textos;
import pe.gob.osce.soporte.ticket.AtencionTicketAdapter;
import pe.gob.osce.soporte.ticket.AtencionTicketAdapter.TicketIniciado;
import pe.gob.osce.soporte.ticket.RegistroActividades;
import pe.gob.osce.soporte.ticket.SolicitudTicket;
import pe.gob.osce.soporte.ticket.Ticket;
import pe.gob.osce.soporte.ticket.conformidad.EnlacesConformidad.Accion;
import pe.gob.osce.soporte.ticket.conformidad.EnlacesConformidad.Estado;
import pe.gob.osce.soporte.ticket.conformidad.EnlacesConformidad.Revision;

/**
 * Lo que hace un enlace de conformidad usado (actividades 7 y 9). "Conforme" anota la conformidad
 * (hora y canal) en el registro. "Reportar un problema" dentro de la ventana de 24 horas
 * correlaciona {@code ErrorServicioProveedor} (vuelta a la actividad 8); fuera de ella abre un
 * ticket nuevo ligado al anterior. Todo en una transacción: un enlace usado a medias no queda
 * marcado.
 */
@Component
class ConformidadTicket {

  /** Canal con que se dio la conformidad. */
  public static final String CANAL_ENLACE = "ENLACE";

  /** El resultado que ve el/la usuario/a. */
  public record Resultado(Estado estado, Accion accion, String codigoTicket, String ticketNuevo) {}

  private final EnlacesConformidad enlaces;
  private final RegistroActividades registro;
  private final AtencionTicketAdapter atencion;

  ConformidadTicket(
      EnlacesConformidad enlaces, RegistroActividades registro, AtencionTicketAdapter atencion) {
    this.enlaces = enlaces;
    this.registro = registro;
    this.atencion = atencion;
  }

  @Transactional
  public Resultado usar(String token) {
    Revision revision = enlaces.revisar(token);
    if (revision.estado() != Estado.VALIDO) {
      return new Resultado(revision.estado(), revision.accion(), revision.codigoTicket(), null);
    }
    if (!enlaces.usar(revision)) {
      return new Resultado(Estado.USADO, revision.accion(), revision.codigoTicket(), null);
    }
    Ticket ticket = registro.obtener(revision.codigoTicket());
    if (revision.accion() == Accion.CONFORME) {
      registro.registrarConformidad(ticket.codigo(), Reloj.ahora(), CANAL_ENLACE);
      paso(ticket, revision, "Conformidad con la atención dada por el enlace del correo");
      return new Resultado(Estado.VALIDO, Accion.CONFORME, ticket.codigo(), null);
    }
    if (atencion.ventanaProveedorAbierta(ticket.codigo())) {
      paso(
          ticket,
          revision,
          "Problema reportado por el enlace del correo dentro de la ventana de 24 horas");
      atencion.reportarErrorProveedor(ticket.codigo());
      return new Resultado(Estado.VALIDO, Accion.PROBLEMA, ticket.codigo(), null);
    }
    TicketIniciado nuevo =
        atencion.iniciar(
            new SolicitudTicket(
                ticket.tipo().name(),
                ticket.servicio().name(),
                Canal.CORREO.name(),
                ticket.solicitante(),
                Textos.recortar(
                    "Problema tras el ticket " + ticket.codigo() + ": " + ticket.asunto(),
                    SolicitudTicket.MAX_ASUNTO),
                "El/la usuario/a reportó por el enlace del correo de conformidad que el problema persiste tras la"
                    + " atención del ticket "
                    + ticket.codigo()
                    + ".",
                ticket.codigoPatrimonial()));
    paso(
        ticket,
        revision,
        "Problema reportado por el enlace del correo: se abrió el ticket " + nuevo.codigo());
    return new Resultado(Estado.VALIDO, Accion.PROBLEMA, ticket.codigo(), nuevo.codigo());
  }

  private void paso(Ticket ticket, Revision revision, String detalle) {
    registro.registrarPaso(
        ticket.codigo(),
        revision.actividad(),
        "Respuesta a la solicitud de conformidad",
        Textos.recortar(ticket.solicitante(), 64),
        detalle);
  }
}
