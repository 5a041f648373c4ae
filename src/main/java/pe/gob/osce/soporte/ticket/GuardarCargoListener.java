package pe.gob.osce.soporte.ticket;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.ListenerAlCompletar;
import pe.gob.osce.soporte.comun.DatosInvalidosException;
import pe.gob.osce.soporte.comun.LecturaVariables;
import pe.gob.osce.soporte.documento.AlmacenDocumentos;
import pe.gob.osce.soporte.documento.RegistroDocumentos;
import pe.gob.osce.soporte.documento.RegistroDocumentos.Clase;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Variables;

/**
 * Actividad 11: el cargo firmado que devolvió el/la usuario/a se guarda en la carpeta compartida
 * "Asignaciones". Debe ser un PDF; su firma digital no la verifica el servicio.
 */
@Component
public class GuardarCargoListener extends ListenerAlCompletar {

  private final AlmacenDocumentos almacen;
  private final RegistroDocumentos documentos;
  private final BitacoraTicket bitacora;

  public GuardarCargoListener(AlmacenDocumentos almacen, RegistroDocumentos documentos, BitacoraTicket bitacora) {
    this.almacen = almacen;
    this.documentos = documentos;
    this.bitacora = bitacora;
  }

  @Override
  protected void alCompletar(DelegateTask tarea) {
    byte[] contenido = pdf(tarea.getVariableTyped(Variables.CARGO_FIRMADO));
    String codigo = BitacoraTicket.codigo(tarea.getExecution());
    String archivo = "Cargo-" + LecturaVariables.texto(tarea, Variables.NUMERO_CARGO) + "-" + codigo + "-firmado.pdf";
    almacen.guardar(AlmacenDocumentos.CARPETA_ASIGNACIONES, archivo, contenido);
    documentos.anotar(codigo, Clase.CARGO_FIRMADO, AlmacenDocumentos.CARPETA_ASIGNACIONES, archivo);
    bitacora.anotar(tarea, "Cargo firmado guardado en Asignaciones/" + archivo);
  }

  /** El contenido del archivo subido, si es un PDF. */
  static byte[] pdf(Object valor) {
    if (!(valor instanceof FileValue archivo) || archivo.getValue() == null) {
      throw DatosInvalidosException.deCampo(Variables.CARGO_FIRMADO, "adjunte el cargo firmado en PDF");
    }
    byte[] contenido;
    try (InputStream entrada = archivo.getValue()) {
      contenido = entrada.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    boolean esPdf = contenido.length > 5
        && new String(contenido, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-");
    if (!esPdf) {
      throw DatosInvalidosException.deCampo(Variables.CARGO_FIRMADO,
          "«" + archivo.getFilename() + "» no es un PDF: adjunte el cargo firmado en formato PDF");
    }
    return contenido;
  }
}
