package pe.gob.osce.soporte.correo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.MailSendException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.TestSocketUtils;

/** La configuración de producción (sin servidor embebido) con el servidor SMTP caído. */
@SpringBootTest(classes = {CorreoConfig.class, CorreoSaliente.class, ServidorCorreoEmbebido.class})
@ImportAutoConfiguration(MailSenderAutoConfiguration.class)
class CorreoSinServidorTest {

  @DynamicPropertySource
  static void servidorCaido(DynamicPropertyRegistry registro) {
    registro.add("soporte.correo.servidor-embebido.habilitado", () -> "false");
    registro.add("spring.mail.host", () -> "127.0.0.1");
    registro.add("spring.mail.port", TestSocketUtils::findAvailableTcpPort); // nadie escucha
    registro.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
  }

  @Autowired CorreoSaliente correo;
  @Autowired ApplicationContext contexto;

  @Test
  void servidorSmtpCaidoHaceFallarElEnvioParaQueElMotorReintente() {
    assertThatThrownBy(
            () ->
                correo.enviar(
                    Mensaje.sinAdjuntos(
                        "maria.quispe@osce.gob.pe", "Ticket SOP-2026-000001", "Hola")))
        .isInstanceOf(MailSendException.class);
  }

  @Test
  void sinHabilitarloNoSeLevantaElServidorEmbebido() {
    assertThat(contexto.getBeansOfType(ServidorCorreoEmbebido.class)).isEmpty();
  }
}
