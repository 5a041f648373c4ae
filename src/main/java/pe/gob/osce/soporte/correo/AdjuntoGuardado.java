package pe.gob.osce.soporte.correo;

/**
 * Un adjunto de un correo entrante guardado en el almacén: dónde está y cómo se llamaba en el
 * correo.
 */
public record AdjuntoGuardado(String carpeta, String archivo, String nombreOriginal) {}
