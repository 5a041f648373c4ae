package pe.gob.osce.soporte.correo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.TestSocketUtils;

/** El GreenMail sin Nagle atiende SMTP e IMAP como el original y rechaza lo que no sabe servir. */
class GreenMailSinDemoraTest {

  @Test
  void entregaPorSmtpYSeLeePorImap() throws Exception {
    int smtp = TestSocketUtils.findAvailableTcpPort();
    int imap = TestSocketUtils.findAvailableTcpPort();
    var servidor =
        new GreenMailSinDemora(
            new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(imap, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
    servidor.setUser("ana.rojas@osce.gob.pe", "ana.rojas@osce.gob.pe", "demo");
    servidor.start();
    try {
      var propiedades = new Properties();
      propiedades.put("mail.smtp.host", "127.0.0.1");
      propiedades.put("mail.smtp.port", String.valueOf(smtp));
      var mensaje = new MimeMessage(Session.getInstance(propiedades));
      mensaje.setFrom("mesadeayuda@osce.gob.pe");
      mensaje.setRecipients(Message.RecipientType.TO, "ana.rojas@osce.gob.pe");
      mensaje.setSubject("Atención de su ticket", "UTF-8");
      mensaje.setText("Buenos días", "UTF-8");
      Transport.send(mensaje);

      var recibidos = BuzonImap.leer("127.0.0.1", imap, "ana.rojas@osce.gob.pe", "demo");

      assertThat(recibidos)
          .extracting(MimeMessage::getSubject)
          .containsExactly("Atención de su ticket");
    } finally {
      servidor.stop();
    }
  }

  @Test
  void rechazaUnProtocoloQueNoSirve() {
    assertThatThrownBy(
            () ->
                new GreenMailSinDemora(
                        new ServerSetup(
                            TestSocketUtils.findAvailableTcpPort(),
                            "127.0.0.1",
                            ServerSetup.PROTOCOL_POP3))
                    .start())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("solo atiende SMTP e IMAP")
        .hasMessageContaining("pop3");
  }
}
