package pe.gob.osce.soporte.correo;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * The one way the service sends mail: derivations, conformity requests, cargos to sign. Every mail
 * leaves from the help-desk mailbox and is marked as automatic, so that out-of-office replies and
 * the help desk's own inbound mail handling do not answer it and start a loop.
 *
 * <p>SMTP failures are not caught: callers run behind an async boundary of the engine, whose
 * retries and incidents are the place to handle a mail server that is down.
 */
@Component
public class CorreoSaliente {

  private final JavaMailSender mailSender;
  private final CorreoProperties propiedades;

  public CorreoSaliente(JavaMailSender mailSender, CorreoProperties propiedades) {
    this.mailSender = mailSender;
    this.propiedades = propiedades;
  }

  /**
   * @throws IllegalArgumentException when {@code para} or {@code asunto} is wrong
   * @throws MailException when the SMTP server refuses the mail or cannot be reached
   */
  public void enviar(Mensaje mensaje) {
    InternetAddress para = direccion("para", mensaje.para());
    if (mensaje.asunto() == null || mensaje.asunto().isBlank()) {
      throw new IllegalArgumentException("El campo 'asunto' del correo es obligatorio");
    }
    mailSender.send(componer(mensaje, para));
  }

  private MimeMessage componer(Mensaje mensaje, InternetAddress para) {
    MimeMessage mime = mailSender.createMimeMessage();
    try {
      int modo = mensaje.adjuntos().isEmpty()
          ? MimeMessageHelper.MULTIPART_MODE_NO
          : MimeMessageHelper.MULTIPART_MODE_MIXED; // text plus files, nothing inline
      var helper = new MimeMessageHelper(mime, modo, StandardCharsets.UTF_8.name());
      helper.setFrom(propiedades.remitente(), propiedades.nombreRemitente());
      helper.setTo(para);
      helper.setSubject(mensaje.asunto());
      helper.setText(mensaje.cuerpo(), false);
      for (Adjunto adjunto : mensaje.adjuntos()) {
        helper.addAttachment(adjunto.nombreArchivo(),
            new ByteArrayResource(adjunto.contenido()), adjunto.tipoContenido());
      }
      // RFC 3834, and its Exchange counterpart: no automatic replies to automatic mail.
      mime.setHeader("Auto-Submitted", "auto-generated");
      mime.setHeader("X-Auto-Response-Suppress", "All");
      if (mensaje.referencia() != null && mensaje.referencia().matches("[A-Za-z0-9-]+")) {
        mime.setHeader("Message-ID", "<" + mensaje.referencia() + "." + UUID.randomUUID() + "@"
            + propiedades.remitente().substring(propiedades.remitente().indexOf('@') + 1) + ">");
      }
      return mime;
    } catch (MessagingException | UnsupportedEncodingException e) {
      throw new IllegalStateException("No se pudo componer el correo a " + para.getAddress(), e);
    }
  }

  /** A bare address (no display name), checked with the strict RFC 822 rules. */
  static InternetAddress direccion(String campo, String valor) {
    if (valor == null || valor.isBlank()) {
      throw new IllegalArgumentException("El campo '" + campo + "' del correo es obligatorio");
    }
    try {
      var direccion = new InternetAddress(valor.strip(), true);
      direccion.validate();
      if (direccion.getPersonal() == null && direccion.getAddress().contains("@")) {
        return direccion;
      }
    } catch (AddressException e) {
      // the message below says what is wrong in the caller's terms
    }
    throw new IllegalArgumentException("El campo '" + campo
        + "' no contiene una dirección de correo válida: '" + valor + "'");
  }
}
