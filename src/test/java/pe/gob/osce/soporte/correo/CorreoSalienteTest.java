package pe.gob.osce.soporte.correo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.TestSocketUtils;

@SpringBootTest(classes = {CorreoConfig.class, CorreoSaliente.class, ServidorCorreoEmbebido.class})
@ImportAutoConfiguration(MailSenderAutoConfiguration.class)
@ActiveProfiles("demo") // el servidor embebido existe solo en la demo
class CorreoSalienteTest {

  static final String HOST = "127.0.0.1";
  static final int SMTP = TestSocketUtils.findAvailableTcpPort();
  static final int IMAP = TestSocketUtils.findAvailableTcpPort();

  @DynamicPropertySource
  static void servidorEmbebido(DynamicPropertyRegistry registro) {
    registro.add("soporte.correo.servidor-embebido.habilitado", () -> "true");
    registro.add("soporte.correo.servidor-embebido.puerto-smtp", () -> SMTP);
    registro.add("soporte.correo.servidor-embebido.puerto-imap", () -> IMAP);
    registro.add("spring.mail.host", () -> HOST);
    registro.add("spring.mail.port", () -> SMTP);
  }

  @Autowired CorreoSaliente correo;

  @Test
  void conformidadConTildesYCargoAdjuntoLlegaIntactaAlBuzonDelSolicitante() throws Exception {
    byte[] pdf = new byte[256];
    for (int i = 0; i < pdf.length; i++) {
      pdf[i] = (byte) i;
    }
    String asunto = "Ticket SOP-2026-000001: atención – conformidad ñ";
    String cuerpo = "Estimada usuaria:\nSírvase dar su conformidad a la atención.\n";
    correo.enviar(
        new Mensaje(
            "maria.quispe@osce.gob.pe",
            asunto,
            cuerpo,
            List.of(new Adjunto("cargo-de-asignación-N°-001-2026.pdf", "application/pdf", pdf))));

    List<MimeMessage> recibidos = BuzonImap.leer(HOST, IMAP, "maria.quispe@osce.gob.pe", "demo");

    assertThat(recibidos).hasSize(1);
    MimeMessage recibido = recibidos.get(0);
    assertThat(recibido.getSubject()).isEqualTo(asunto);
    assertThat(recibido.getHeader("Auto-Submitted")).containsExactly("auto-generated");
    assertThat(recibido.getHeader("X-Auto-Response-Suppress")).containsExactly("All");
    var remitente = (InternetAddress) recibido.getFrom()[0];
    assertThat(remitente.getAddress()).isEqualTo("mesadeayuda@soporte.local");
    assertThat(remitente.getPersonal()).isEqualTo("Mesa de Ayuda – UAST");
    var partes = (MimeMultipart) recibido.getContent();
    assertThat(texto(partes))
        .isEqualToNormalizingNewlines(cuerpo); // SMTP envía las líneas con CRLF
    Part adjunto = parteAdjunta(partes);
    assertThat(adjunto.getFileName()).isEqualTo("cargo-de-asignación-N°-001-2026.pdf");
    assertThat(adjunto.getContentType()).startsWith("application/pdf");
    assertThat(adjunto.getInputStream().readAllBytes()).isEqualTo(pdf);
  }

  @Test
  void buzonDeLaMesaDeAyudaAbreConLaClaveDemoAntesDelPrimerCorreo() throws Exception {
    assertThat(BuzonImap.leer(HOST, IMAP, "mesadeayuda@soporte.local", "demo")).isEmpty();
  }

  @Test
  void buzonCreadoAlRecibirCorreoRechazaOtraClave() {
    correo.enviar(Mensaje.sinAdjuntos("tecnico1@osce.gob.pe", "Derivación", "Atender."));

    assertThatThrownBy(() -> BuzonImap.leer(HOST, IMAP, "tecnico1@osce.gob.pe", "otra"))
        .isInstanceOf(AuthenticationFailedException.class);
  }

  @Test
  void direccionInvalidaSeRechazaNombrandoElCampo() {
    assertThatThrownBy(() -> correo.enviar(Mensaje.sinAdjuntos("maria.quispe", "Asunto", "")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("El campo 'para' no contiene una dirección de correo válida: 'maria.quispe'");
  }

  private static String texto(MimeMultipart partes) throws Exception {
    for (int i = 0; i < partes.getCount(); i++) {
      Part parte = partes.getBodyPart(i);
      if (parte.isMimeType("text/plain")) {
        return (String) parte.getContent();
      }
      if (parte.isMimeType("multipart/*")) {
        return texto((MimeMultipart) parte.getContent());
      }
    }
    throw new AssertionError("El correo no tiene cuerpo de texto");
  }

  private static Part parteAdjunta(MimeMultipart partes) throws Exception {
    for (int i = 0; i < partes.getCount(); i++) {
      if (Part.ATTACHMENT.equalsIgnoreCase(partes.getBodyPart(i).getDisposition())) {
        return partes.getBodyPart(i);
      }
    }
    throw new AssertionError("El correo no tiene adjunto");
  }
}
