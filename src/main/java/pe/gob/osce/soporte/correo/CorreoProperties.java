package pe.gob.osce.soporte.correo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of outgoing mail ({@code soporte.correo.*}). The SMTP connection itself is Spring Boot's
 * {@code spring.mail.*}; here live only what the procedure fixes: the help-desk mailbox every
 * notification leaves from, and the embedded server that gives the demo profile working mail.
 */
@ConfigurationProperties(prefix = "soporte.correo")
public record CorreoProperties(
    @DefaultValue("mesadeayuda@soporte.local") String remitente,
    @DefaultValue("Mesa de Ayuda – UAST") String nombreRemitente,
    @DefaultValue ServidorEmbebido servidorEmbebido) {

  /**
   * GreenMail on 127.0.0.1 for the default profile: SMTP for the service, IMAP for people reading
   * the mail. {@code clave} is the password of every mailbox on it.
   */
  public record ServidorEmbebido(
      boolean habilitado,
      @DefaultValue("127.0.0.1") String host,
      @DefaultValue("3025") int puertoSmtp,
      @DefaultValue("3143") int puertoImap,
      @DefaultValue("demo") String clave) {}
}
