package pe.gob.osce.soporte.correo;

import java.util.Objects;

/**
 * A file sent with a mail, e.g. the cargo de asignación PDF. The bytes travel whole: documents of
 * this service are a few hundred kilobytes at most.
 */
public record Adjunto(String nombreArchivo, String tipoContenido, byte[] contenido) {

  public Adjunto {
    if (nombreArchivo == null || nombreArchivo.isBlank()) {
      throw new IllegalArgumentException("El adjunto necesita un nombre de archivo");
    }
    Objects.requireNonNull(contenido, "El adjunto " + nombreArchivo + " no tiene contenido");
    if (tipoContenido == null || tipoContenido.isBlank()) {
      tipoContenido = "application/octet-stream";
    }
  }
}
