package pe.gob.osce.soporte.documento;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.FileValue;
import pe.gob.osce.soporte.comun.DatosInvalidosException;

/**
 * Un archivo subido en un formulario (cargo firmado, reporte de mantenimiento) que debe ser un PDF:
 * se reconoce por su cabecera «%PDF-», no por el nombre.
 */
public final class ArchivoPdf {

  private ArchivoPdf() {}

  /**
   * El PDF subido en la variable {@code variable} de la tarea, y la variable se quita de la
   * instancia: quien lo llama lo guarda en la carpeta de documentos, y el archivo no queda además
   * como variable del proceso (tampoco en la historia: ver {@code
   * config/HistorialSinArchivosPlugin}). Si falta o no es PDF, datos inválidos y nada cambia.
   */
  public static byte[] tomar(VariableScope tarea, String variable, String queAdjuntar) {
    byte[] contenido = contenido(tarea.getVariableTyped(variable), variable, queAdjuntar);
    tarea.removeVariable(variable);
    return contenido;
  }

  /**
   * El contenido del archivo de la variable {@code campo}; si falta o no es PDF, datos inválidos.
   */
  public static byte[] contenido(Object valor, String campo, String queAdjuntar) {
    if (!(valor instanceof FileValue archivo) || archivo.getValue() == null) {
      throw DatosInvalidosException.deCampo(campo, "adjunte " + queAdjuntar + " en PDF");
    }
    byte[] contenido;
    try (InputStream entrada = archivo.getValue()) {
      contenido = entrada.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    boolean esPdf =
        contenido.length > 5
            && new String(contenido, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-");
    if (!esPdf) {
      throw DatosInvalidosException.deCampo(
          campo,
          "«"
              + archivo.getFilename()
              + "» no es un PDF: adjunte "
              + queAdjuntar
              + " en formato PDF");
    }
    return contenido;
  }
}
