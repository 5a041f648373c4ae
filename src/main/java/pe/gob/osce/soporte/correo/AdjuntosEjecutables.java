package pe.gob.osce.soporte.correo;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Adjuntos que son programas: por la extensión del nombre (la última, así «factura.pdf.exe»
 * también) o por sus primeros bytes (ejecutables de Windows «MZ», ELF de Linux y Mach-O de macOS),
 * aunque se llamen «foto.jpg». Un correo con uno de ellos no se guarda: va a la carpeta Ignorados.
 */
final class AdjuntosEjecutables {

  static final Set<String> EXTENSIONES =
      Set.of(
          "exe", "bat", "cmd", "com", "scr", "js", "jse", "vbs", "vbe", "ps1", "msi", "msp", "jar",
          "dll", "cpl", "hta", "pif", "wsf", "wsh", "lnk", "reg", "sh", "apk", "app");

  private static final byte[][] FIRMAS = {
    {'M', 'Z'},
    {0x7F, 'E', 'L', 'F'},
    {(byte) 0xFE, (byte) 0xED, (byte) 0xFA, (byte) 0xCE},
    {(byte) 0xFE, (byte) 0xED, (byte) 0xFA, (byte) 0xCF},
    {(byte) 0xCE, (byte) 0xFA, (byte) 0xED, (byte) 0xFE},
    {(byte) 0xCF, (byte) 0xFA, (byte) 0xED, (byte) 0xFE}
  };

  private AdjuntosEjecutables() {}

  /** Por qué el primer adjunto ejecutable lo es, o vacío si no hay ninguno. */
  public static Optional<String> motivo(List<Adjunto> adjuntos) {
    for (Adjunto adjunto : adjuntos) {
      String nombre = adjunto.nombreArchivo().strip().replaceAll("[.\\s]+$", "");
      int punto = nombre.lastIndexOf('.');
      String extension = punto < 0 ? "" : nombre.substring(punto + 1).toLowerCase(Locale.ROOT);
      if (EXTENSIONES.contains(extension)) {
        return Optional.of(
            "Adjunto ejecutable por su extensión: «" + adjunto.nombreArchivo() + "»");
      }
      if (empiezaCon(adjunto.contenido())) {
        return Optional.of(
            "Adjunto ejecutable por su contenido: «" + adjunto.nombreArchivo() + "»");
      }
    }
    return Optional.empty();
  }

  private static boolean empiezaCon(byte[] contenido) {
    for (byte[] firma : FIRMAS) {
      if (contenido.length >= firma.length
          && java.util.Arrays.equals(contenido, 0, firma.length, firma, 0, firma.length)) {
        return true;
      }
    }
    return false;
  }
}
