package pe.gob.osce.soporte.ticket.correo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.util.Properties;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pe.gob.osce.soporte.PruebaIntegracion;
import pe.gob.osce.soporte.correo.BuzonDePrueba;
import pe.gob.osce.soporte.correo.BuzonEntrada;
import pe.gob.osce.soporte.correo.CorreosDePrueba;
import pe.gob.osce.soporte.ticket.AtencionTicketAdapter;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Variables;
import pe.gob.osce.soporte.ticket.EscenarioTicket;
import pe.gob.osce.soporte.ticket.PasoTicket;
import pe.gob.osce.soporte.ticket.RegistroActividades;

/**
 * Issue 10: la respuesta del proveedor que ve la actividad 9 solo la pone quien recibió el correo
 * de escalamiento (lo cita), no un remitente falsificado con su dirección; y una respuesta con un
 * asunto enorme y muchos adjuntos cabe en la variable de Camunda (4000 caracteres).
 */
class RespuestaProveedorCorreoTest extends PruebaIntegracion {

  @Autowired AtencionTicketAdapter atencion;
  @Autowired RegistroActividades registro;
  @Autowired BuzonEntrada buzonEntrada;

  BuzonDePrueba buzon;
  String proveedor;
  ProcessInstance ticket;
  String escalamiento;

  @BeforeEach
  void escalado() throws Exception {
    buzon = new BuzonDePrueba(HOST_CORREO, IMAP);
    buzon.vaciar();
    proveedor =
        "servicio-" + EscenarioTicket.solicitanteNuevo().replace("@osce.gob.pe", "@proveedor.pe");
    ticket = EscenarioTicket.sinSolucionar(atencion, EscenarioTicket.solicitanteNuevo());
    EscenarioTicket.escalar(ticket, proveedor);
    escalamiento = buzon(proveedor).get(0).getMessageID();
  }

  @Test
  void unRemitenteFalsificadoConLaDireccionDelProveedorNoPoneLaRespuestaDeLaActividad9()
      throws Exception {
    String codigo = ticket.getBusinessKey();
    String inventado = "<" + codigo + "-00000000000000000000000000000000.x@soporte.local>";
    buzon.depositar(
        CorreosDePrueba.respuesta(
            "<falso-1@proveedor.pe>",
            proveedor,
            "RE: [" + codigo + "] Solicitud",
            inventado,
            "Trabajo terminado, den conformidad."));
    buzon.depositar(
        CorreosDePrueba.simple(
            "<falso-2@proveedor.pe>",
            proveedor,
            "RE: [" + codigo + "] Solicitud",
            "Trabajo terminado, sin citar nada."));

    buzonEntrada.leer();

    assertThat(runtimeService().getVariable(ticket.getId(), Variables.RESPUESTA_PROVEEDOR.nombre()))
        .isNull();
    assertThat(registro.pasos(codigo))
        .extracting(PasoTicket::nombre)
        .doesNotContain("Respuesta del proveedor por correo")
        .contains("Respuesta por correo");

    buzon.depositar(
        CorreosDePrueba.respuesta(
            "<real-1@proveedor.pe>",
            proveedor,
            "RE: Solicitud de atención",
            escalamiento,
            "Fusor reemplazado."));
    buzonEntrada.leer();

    assertThat(
            runtimeService()
                .getVariable(ticket.getId(), Variables.RESPUESTA_PROVEEDOR.nombre())
                .toString())
        .contains("Fusor reemplazado.");
  }

  @Test
  void unaRespuestaConAsuntoEnormeYCienAdjuntosCabeEnLaVariable() throws Exception {
    MimeMessage correo = new MimeMessage(Session.getInstance(new Properties()));
    correo.setFrom(new InternetAddress(proveedor));
    correo.setRecipient(Message.RecipientType.TO, new InternetAddress(BuzonDePrueba.BUZON));
    correo.setSubject("RE: " + "Informe de atención muy detallado ".repeat(100), "UTF-8");
    correo.setHeader("In-Reply-To", escalamiento);
    MimeMultipart partes = new MimeMultipart();
    MimeBodyPart texto = new MimeBodyPart();
    texto.setText("Adjunto las guías de atención.", "UTF-8");
    partes.addBodyPart(texto);
    for (int i = 0; i < 100; i++) {
      MimeBodyPart guia = new MimeBodyPart();
      guia.setContent(new byte[] {'%', 'P', 'D', 'F'}, "application/pdf");
      guia.setFileName("guia-de-atencion-con-nombre-bastante-largo-" + i + ".pdf");
      guia.setDisposition(MimeBodyPart.ATTACHMENT);
      partes.addBodyPart(guia);
    }
    correo.setContent(partes);
    correo.saveChanges();
    ByteArrayOutputStream crudo = new ByteArrayOutputStream();
    correo.writeTo(crudo);
    buzon.depositar(crudo.toByteArray());

    BuzonEntrada.Lectura lectura = buzonEntrada.leer();

    assertThat(lectura.procesados()).isEqualTo(1);
    String respuesta =
        runtimeService()
            .getVariable(ticket.getId(), Variables.RESPUESTA_PROVEEDOR.nombre())
            .toString();
    assertThat(respuesta)
        .startsWith("Respuesta del/de la proveedor/a")
        .contains("Adjunto las guías de atención.");
    assertThat(respuesta.length()).isLessThanOrEqualTo(4000);
  }
}
