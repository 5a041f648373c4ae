package pe.gob.osce.soporte.ticket;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.ListenerAlCompletar;
import pe.gob.osce.soporte.comun.LecturaVariables;
import pe.gob.osce.soporte.documento.AlmacenDocumentos;
import pe.gob.osce.soporte.documento.ArchivoPdf;
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
    byte[] contenido = ArchivoPdf.tomar(tarea, Variables.CARGO_FIRMADO, "el cargo firmado");
    String codigo = BitacoraTicket.codigo(tarea.getExecution());
    String archivo = "Cargo-" + LecturaVariables.texto(tarea, Variables.NUMERO_CARGO) + "-" + codigo + "-firmado.pdf";
    almacen.guardar(AlmacenDocumentos.CARPETA_ASIGNACIONES, archivo, contenido);
    documentos.anotar(codigo, Clase.CARGO_FIRMADO, AlmacenDocumentos.CARPETA_ASIGNACIONES, archivo);
    bitacora.anotar(tarea, "Cargo firmado guardado en Asignaciones/" + archivo);
  }
}
