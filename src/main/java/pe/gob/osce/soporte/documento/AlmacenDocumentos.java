package pe.gob.osce.soporte.documento;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Guarda y lee los documentos del procedimiento en carpetas bajo {@code
 * soporte.documentos.directorio} (p. ej. la carpeta compartida "Asignaciones" de la actividad 11).
 * Escribe en un temporal y lo mueve de una vez, para que nadie lea un PDF a medio escribir, y solo
 * acepta nombres simples, para que un nombre recibido de fuera no pueda salir de la carpeta base.
 */
@Component
public class AlmacenDocumentos {

  /** La carpeta compartida "Asignaciones" de la actividad 11. */
  public static final String CARPETA_ASIGNACIONES = "Asignaciones";

  /**
   * Letras (con tildes), dígitos, espacio, punto, guion, guion bajo y paréntesis; sin punto
   * inicial.
   */
  private static final Pattern NOMBRE_SEGURO =
      Pattern.compile("[\\p{L}\\p{N}_()-][\\p{L}\\p{N} ._()-]{0,199}");

  private final Path base;

  public AlmacenDocumentos(DocumentosProperties propiedades) {
    this.base = Path.of(propiedades.directorio()).toAbsolutePath().normalize();
  }

  /** Guarda el contenido, reemplazando el documento del mismo nombre; devuelve su ruta. */
  public Path guardar(String carpeta, String nombreArchivo, byte[] contenido) {
    if (contenido == null) {
      throw new IllegalArgumentException("El documento " + nombreArchivo + " no tiene contenido");
    }
    Path destino = ruta(carpeta, nombreArchivo);
    Path temporal = null;
    try {
      Files.createDirectories(destino.getParent());
      temporal = Files.createTempFile(destino.getParent(), ".guardando-", ".tmp");
      Files.write(temporal, contenido);
      mover(temporal, destino);
      return destino;
    } catch (IOException e) {
      throw new UncheckedIOException("No se pudo guardar el documento " + destino, e);
    } finally {
      borrarSiQueda(temporal);
    }
  }

  /** El contenido del documento, o vacío si no existe. */
  public Optional<byte[]> leer(String carpeta, String nombreArchivo) {
    Path origen = ruta(carpeta, nombreArchivo);
    try {
      return Optional.of(Files.readAllBytes(origen));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("No se pudo leer el documento " + origen, e);
    }
  }

  private Path ruta(String carpeta, String nombreArchivo) {
    Path ruta =
        base.resolve(validar(carpeta, "carpeta"))
            .resolve(validar(nombreArchivo, "nombre de archivo"));
    if (!ruta.normalize().startsWith(base)) {
      throw new IllegalArgumentException("La ruta " + ruta + " sale de la carpeta de documentos");
    }
    return ruta;
  }

  private static String validar(String nombre, String que) {
    if (nombre == null || !NOMBRE_SEGURO.matcher(nombre).matches() || nombre.contains("..")) {
      throw new IllegalArgumentException(
          "El "
              + que
              + " \""
              + nombre
              + "\" no es válido: use solo letras,"
              + " números, espacios, puntos, guiones y paréntesis, sin separadores de carpeta ni \"..\"");
    }
    return nombre;
  }

  private static void mover(Path temporal, Path destino) throws IOException {
    try {
      Files.move(
          temporal, destino, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporal, destino, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void borrarSiQueda(Path temporal) {
    if (temporal == null) {
      return;
    }
    try {
      Files.deleteIfExists(temporal);
    } catch (IOException e) {
      // un temporal huérfano no impide el guardado: empieza por punto y leer() no lo acepta
    }
  }
}
