package pe.gob.osce.soporte.correo;

import java.util.List;

/**
 * One outgoing mail as the procedure words it: to whom, subject, plain-text body, attachments.
 * The sender is always the help-desk mailbox, so it is not part of the message. Recipient and
 * subject are checked by {@link CorreoSaliente}, which names the wrong field in its error.
 */
public record Mensaje(String para, String asunto, String cuerpo, List<Adjunto> adjuntos) {

  public Mensaje {
    cuerpo = cuerpo == null ? "" : cuerpo;
    adjuntos = adjuntos == null ? List.of() : List.copyOf(adjuntos);
  }

  public static Mensaje sinAdjuntos(String para, String asunto, String cuerpo) {
    return new Mensaje(para, asunto, cuerpo, List.of());
  }
}
