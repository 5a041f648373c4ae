package pe.gob.osce.soporte.correo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuración del correo saliente ({@code soporte.correo.*}). La conexión SMTP misma es la de
 * Spring Boot, {@code spring.mail.*}; aquí vive solo lo que fija el procedimiento: el buzón de la
 * mesa de ayuda del que sale toda notificación, y el servidor embebido que da correo funcional al
 * perfil demo.
 */
@ConfigurationProperties(prefix = "soporte.correo")
public record CorreoProperties(
    @DefaultValue("mesadeayuda@soporte.local") String remitente,
    @DefaultValue("Mesa de Ayuda – UAST") String nombreRemitente,
    @DefaultValue ServidorEmbebido servidorEmbebido) {

  /**
   * GreenMail en 127.0.0.1 para el perfil por defecto: SMTP para el servicio, IMAP para las
   * personas que leen el correo. {@code clave} es la contraseña de todos sus buzones.
   */
  public record ServidorEmbebido(
      boolean habilitado,
      @DefaultValue("127.0.0.1") String host,
      @DefaultValue("3025") int puertoSmtp,
      @DefaultValue("3143") int puertoImap,
      @DefaultValue("demo") String clave) {}
}
