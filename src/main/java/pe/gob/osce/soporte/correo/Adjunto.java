package pe.gob.osce.soporte.correo;

import java.util.Objects;

/**
 * Un archivo enviado con un correo, por ejemplo el PDF del cargo de asignación. Los bytes viajan
 * completos: los documentos de este servicio pesan a lo sumo unos cientos de kilobytes.
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
