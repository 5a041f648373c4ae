package pe.gob.osce.soporte.correo;

import java.util.List;

/**
 * Un correo saliente como lo redacta el procedimiento: a quién, asunto, cuerpo en texto plano,
 * adjuntos. El remitente es siempre el buzón de la mesa de ayuda, así que no es parte del mensaje.
 * Destinatario y asunto los revisa {@link CorreoSaliente}, que nombra en su error el campo
 * equivocado. {@code referencia} (opcional, por ejemplo el código del ticket) va en el Message-ID,
 * para que una respuesta encuentre su ticket por In-Reply-To aunque se haya cambiado el asunto.
 */
public record Mensaje(
    String para, String asunto, String cuerpo, List<Adjunto> adjuntos, String referencia) {

  public Mensaje {
    cuerpo = cuerpo == null ? "" : cuerpo;
    adjuntos = adjuntos == null ? List.of() : List.copyOf(adjuntos);
  }

  public Mensaje(String para, String asunto, String cuerpo, List<Adjunto> adjuntos) {
    this(para, asunto, cuerpo, adjuntos, null);
  }

  public static Mensaje sinAdjuntos(String para, String asunto, String cuerpo) {
    return new Mensaje(para, asunto, cuerpo, List.of());
  }
}
