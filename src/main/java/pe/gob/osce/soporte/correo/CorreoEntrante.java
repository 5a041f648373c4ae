package pe.gob.osce.soporte.correo;

import java.util.List;

/**
 * Un mensaje del buzón ya decodificado: texto plano (sin marcas HTML), adjuntos y las cabeceras que
 * deciden qué hacer con él. {@code automatico} dice por qué es una respuesta automática, un rebote
 * o un correo propio (y entonces se anota y se ignora), o es null.
 */
public record CorreoEntrante(
    String messageId,
    String remitente,
    String asunto,
    String texto,
    List<String> referencias,
    List<Adjunto> adjuntos,
    List<String> adjuntosOmitidos,
    String automatico) {

  public CorreoEntrante {
    referencias = List.copyOf(referencias);
    adjuntos = List.copyOf(adjuntos);
    adjuntosOmitidos = List.copyOf(adjuntosOmitidos);
  }

  public boolean esAutomatico() {
    return automatico != null;
  }
}
