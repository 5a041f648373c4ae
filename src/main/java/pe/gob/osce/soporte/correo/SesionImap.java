package pe.gob.osce.soporte.correo;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;

/** La sesión de Jakarta Mail con la que se lee el buzón, y la copia local de cada mensaje. */
final class SesionImap {

  private SesionImap() {}

  /**
   * El mensaje tal como está en el servidor (BODY[]), leído y analizado aquí: un MIME roto no
   * depende de que el servidor sepa describir su estructura, y no corta la conexión de la lectura.
   */
  static MimeMessage copiaLocal(MimeMessage mensaje, long limite)
      throws MessagingException, MensajeIlegibleException {
    var crudo = new java.io.ByteArrayOutputStream();
    try {
      mensaje.writeTo(crudo);
    } catch (java.io.IOException e) {
      throw new MensajeIlegibleException("No se pudo descargar el mensaje: " + e.getMessage(), e);
    }
    if (crudo.size() > limite) {
      throw new MensajeIlegibleException(
          "El mensaje mide " + crudo.size() + " bytes, más que el límite de " + limite);
    }
    return new MimeMessage(
        Session.getInstance(propiedades("imap")),
        new java.io.ByteArrayInputStream(crudo.toByteArray()));
  }

  /**
   * Plazos de conexión y lectura (Jakarta Mail espera para siempre por defecto) y análisis
   * tolerante.
   */
  static Properties propiedades(String protocolo) {
    Properties p = new Properties();
    String prefijo = "mail." + protocolo + ".";
    p.put(prefijo + "connectiontimeout", "10000");
    p.put(prefijo + "timeout", "30000");
    p.put("mail.mime.address.strict", "false");
    p.put("mail.mime.decodetext.strict", "false");
    return p;
  }
}
