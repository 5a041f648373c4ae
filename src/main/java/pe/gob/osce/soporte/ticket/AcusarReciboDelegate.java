package pe.gob.osce.soporte.ticket;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.correo.AdjuntoGuardado;
import pe.gob.osce.soporte.correo.RegistroCorreosEntrantes;
import pe.gob.osce.soporte.documento.RegistroDocumentos;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Variables;

/**
 * Actividad 1, pedido llegado al buzón: los adjuntos del correo quedan con el ticket ya registrado
 * y el/la solicitante recibe un acuse con el código, que servirá para responder y consultar. El
 * acuse no repite el asunto ni el texto del correo (issue 10): el buzón de la entidad no debe
 * reenviar lo que escribió un tercero con un remitente falsificado.
 */
@Component
class AcusarReciboDelegate implements JavaDelegate {

  private final CorreoTicket correo;
  private final RegistroCorreosEntrantes correosEntrantes;
  private final RegistroDocumentos documentos;

  AcusarReciboDelegate(
      CorreoTicket correo,
      RegistroCorreosEntrantes correosEntrantes,
      RegistroDocumentos documentos) {
    this.correo = correo;
    this.correosEntrantes = correosEntrantes;
    this.documentos = documentos;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    Ticket ticket = correo.ticket(ejecucion);
    List<AdjuntoGuardado> adjuntos =
        correosEntrantes.ligarAlTicket(Variables.CORREO_ENTRANTE.leer(ejecucion), ticket.codigo());
    adjuntos.forEach(
        a ->
            documentos.anotar(
                ticket.codigo(),
                RegistroDocumentos.Clase.ADJUNTO_CORREO,
                a.carpeta(),
                a.archivo()));
    correo.enviar(
        ejecucion,
        ticket,
        ticket.solicitante(),
        CorreosTicket.ACUSE_RECIBO.con("ticket", ticket.codigo()).redactar(),
        List.of(),
        "Acuse de recibo enviado a "
            + ticket.solicitante()
            + (adjuntos.isEmpty() ? "" : "; adjuntos del correo guardados: " + adjuntos.size()));
  }
}
