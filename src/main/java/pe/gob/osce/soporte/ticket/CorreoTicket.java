package pe.gob.osce.soporte.ticket;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.correo.Adjunto;
import pe.gob.osce.soporte.correo.CorreoSaliente;
import pe.gob.osce.soporte.correo.Mensaje;
import pe.gob.osce.soporte.correo.PlantillaCorreo.Redaccion;

/**
 * Los correos del ticket (actividades 1, 2, 7, 8, 9 y 10): llevan el código en el asunto para que
 * las respuestas se reconozcan, y cada envío queda anotado en la historia del ticket.
 */
@Component
public class CorreoTicket {

  private final RegistroActividades registro;
  private final CorreoSaliente correo;
  private final BitacoraTicket bitacora;

  public CorreoTicket(
      RegistroActividades registro, CorreoSaliente correo, BitacoraTicket bitacora) {
    this.registro = registro;
    this.correo = correo;
    this.bitacora = bitacora;
  }

  /** El ticket que atiende esta ejecución. */
  public Ticket ticket(DelegateExecution ejecucion) {
    return registro.obtener(BitacoraTicket.codigo(ejecucion));
  }

  /** Envía un correo redactado con una plantilla de {@link CorreosTicket}. */
  public void enviar(
      DelegateExecution ejecucion,
      Ticket ticket,
      String para,
      Redaccion redaccion,
      List<Adjunto> adjuntos,
      String nota) {
    enviar(ejecucion, ticket, para, redaccion, adjuntos, nota, ticket.codigo());
  }

  /** Con otra referencia en el Message-ID (debe empezar con el código del ticket). */
  void enviar(
      DelegateExecution ejecucion,
      Ticket ticket,
      String para,
      Redaccion redaccion,
      List<Adjunto> adjuntos,
      String nota,
      String referencia) {
    correo.enviar(
        new Mensaje(
            para,
            ticket.asuntoCorreo(redaccion.asunto()),
            redaccion.cuerpo(),
            adjuntos,
            referencia));
    bitacora.anotar(ejecucion, nota);
  }
}
