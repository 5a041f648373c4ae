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
 * La única vía por la que el servicio envía correo: derivaciones, solicitudes de conformidad,
 * cargos por firmar. Todo correo sale del buzón de la mesa de ayuda y va marcado como automático,
 * para que ni las respuestas de ausencia ni la lectura del propio buzón de la mesa de ayuda lo
 * contesten y empiecen un bucle.
 *
 * <p>Los fallos de SMTP no se atrapan: quien llama corre tras un límite asíncrono del motor, cuyos
 * reintentos e incidentes son el lugar para tratar un servidor de correo caído.
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
   * @throws IllegalArgumentException si {@code para} o {@code asunto} están mal
   * @throws MailException si el servidor SMTP rechaza el correo o no se lo alcanza
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
      int modo =
          mensaje.adjuntos().isEmpty()
              ? MimeMessageHelper.MULTIPART_MODE_NO
              : MimeMessageHelper.MULTIPART_MODE_MIXED; // texto más archivos, nada incrustado
      var helper = new MimeMessageHelper(mime, modo, StandardCharsets.UTF_8.name());
      helper.setFrom(propiedades.remitente(), propiedades.nombreRemitente());
      helper.setTo(para);
      helper.setSubject(mensaje.asunto());
      helper.setText(mensaje.cuerpo(), false);
      for (Adjunto adjunto : mensaje.adjuntos()) {
        helper.addAttachment(
            adjunto.nombreArchivo(),
            new ByteArrayResource(adjunto.contenido()),
            adjunto.tipoContenido());
      }
      // RFC 3834, y su equivalente de Exchange: nada de respuestas automáticas a un correo
      // automático.
      mime.setHeader("Auto-Submitted", "auto-generated");
      mime.setHeader("X-Auto-Response-Suppress", "All");
      if (mensaje.referencia() != null && mensaje.referencia().matches("[A-Za-z0-9-]+")) {
        mime.setHeader(
            "Message-ID",
            "<"
                + mensaje.referencia()
                + "."
                + UUID.randomUUID()
                + "@"
                + propiedades.remitente().substring(propiedades.remitente().indexOf('@') + 1)
                + ">");
      }
      return mime;
    } catch (MessagingException | UnsupportedEncodingException e) {
      throw new IllegalStateException("No se pudo componer el correo a " + para.getAddress(), e);
    }
  }

  /** Una dirección sola (sin nombre visible), revisada con las reglas estrictas del RFC 822. */
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
      // el mensaje de abajo dice qué está mal en los términos de quien llama
    }
    throw new IllegalArgumentException(
        "El campo '" + campo + "' no contiene una dirección de correo válida: '" + valor + "'");
  }
}
