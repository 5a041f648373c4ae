package pe.gob.osce.soporte.correo;

import java.util.List;

/**
 * One outgoing mail as the procedure words it: to whom, subject, plain-text body, attachments.
 * The sender is always the help-desk mailbox, so it is not part of the message. Recipient and
 * subject are checked by {@link CorreoSaliente}, which names the wrong field in its error.
 * {@code referencia} (optional, e.g. the ticket code) goes into the Message-ID, so that a reply
 * finds its ticket through In-Reply-To even when the subject was changed.
 */
public record Mensaje(String para, String asunto, String cuerpo, List<Adjunto> adjuntos, String referencia) {

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
