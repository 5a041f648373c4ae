package pe.gob.osce.soporte.correo;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Locale;

/**
 * Reconoce los correos a los que el servicio nunca responde, para no entrar en un bucle con otro
 * sistema: respuestas automáticas y fuera de oficina (RFC 3834 {@code Auto-Submitted}, las
 * cabeceras de Exchange y de los autorespondedores, {@code Precedence: bulk/junk/list}), rebotes
 * ({@code multipart/report}, mailer-daemon) y los correos del propio buzón.
 */
final class DeteccionAutomaticos {

  private DeteccionAutomaticos() {}

  /** Por qué el mensaje es automático, o null si lo escribió una persona. */
  static String motivo(MimeMessage mensaje, String remitente, String buzonPropio)
      throws MessagingException {
    String autoSubmitted = cabecera(mensaje, "Auto-Submitted");
    if (autoSubmitted != null && !autoSubmitted.equalsIgnoreCase("no")) {
      return "Auto-Submitted: " + autoSubmitted;
    }
    for (String nombre :
        new String[] {"X-Autoreply", "X-Autorespond", "X-Auto-Response-Suppress"}) {
      String valor = cabecera(mensaje, nombre);
      if (valor != null) {
        return nombre + ": " + valor;
      }
    }
    String precedencia = cabecera(mensaje, "Precedence");
    if (precedencia != null
        && precedencia.toLowerCase(Locale.ROOT).matches("bulk|junk|list|auto_reply")) {
      return "Precedence: " + precedencia;
    }
    if (mensaje.isMimeType("multipart/report")) {
      return "Rebote o aviso de entrega (multipart/report)";
    }
    String usuario =
        remitente.substring(0, Math.max(remitente.indexOf('@'), 0)).toLowerCase(Locale.ROOT);
    if (usuario.equals("mailer-daemon") || usuario.equals("postmaster")) {
      return "Rebote de " + remitente;
    }
    if (remitente.equalsIgnoreCase(buzonPropio)) {
      return "Correo del propio buzón de la mesa de ayuda";
    }
    return null;
  }

  private static String cabecera(MimeMessage mensaje, String nombre) throws MessagingException {
    String valor = mensaje.getHeader(nombre, ",");
    return valor == null || valor.isBlank() ? null : valor.strip();
  }
}
