package pe.gob.osce.soporte.cargo;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.ListenerAlCompletar;
import pe.gob.osce.soporte.documento.AlmacenDocumentos;
import pe.gob.osce.soporte.documento.ArchivoPdf;
import pe.gob.osce.soporte.documento.RegistroDocumentos;
import pe.gob.osce.soporte.documento.RegistroDocumentos.Clase;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Variables;
import pe.gob.osce.soporte.ticket.BitacoraTicket;
import pe.gob.osce.soporte.ticket.RegistroActividades;

/**
 * Actividad 11: el cargo firmado que devolvió el/la usuario/a, y el formato de traslado firmado si
 * hubo traslado entre sedes, se guardan en la carpeta compartida "Asignaciones". Deben ser PDF; su
 * firma digital no la verifica el servicio.
 */
@Component
class GuardarCargoListener extends ListenerAlCompletar {

  private final AlmacenDocumentos almacen;
  private final RegistroDocumentos documentos;
  private final BitacoraTicket bitacora;
  private final RegistroActividades registro;

  GuardarCargoListener(
      AlmacenDocumentos almacen,
      RegistroDocumentos documentos,
      BitacoraTicket bitacora,
      RegistroActividades registro) {
    this.almacen = almacen;
    this.documentos = documentos;
    this.bitacora = bitacora;
    this.registro = registro;
  }

  @Override
  protected void alCompletar(DelegateTask tarea) {
    byte[] contenido =
        ArchivoPdf.tomar(tarea, Variables.CARGO_FIRMADO.nombre(), "el cargo firmado");
    // Actividad 11 "… y el Formato de Traslado": con traslado entre sedes también vuelve firmado.
    byte[] traslado =
        Variables.TRASLADO_ENTRE_SEDES.leer(tarea, false)
            ? ArchivoPdf.tomar(
                tarea, Variables.TRASLADO_FIRMADO.nombre(), "el formato de traslado firmado")
            : null;
    String codigo = BitacoraTicket.codigo(tarea.getExecution());
    // El número del cargo sale del registro, su fuente; la variable es la copia que muestra el
    // formulario.
    String numeroCargo = registro.obtener(codigo).numeroCargo();
    String archivo = "Cargo-" + numeroCargo + "-" + codigo + "-firmado.pdf";
    almacen.guardar(AlmacenDocumentos.CARPETA_ASIGNACIONES, archivo, contenido);
    documentos.anotar(codigo, Clase.CARGO_FIRMADO, AlmacenDocumentos.CARPETA_ASIGNACIONES, archivo);
    bitacora.anotar(tarea, "Cargo firmado guardado en Asignaciones/" + archivo);
    if (traslado != null) {
      String formato = "Traslado-" + numeroCargo + "-" + codigo + "-firmado.pdf";
      almacen.guardar(AlmacenDocumentos.CARPETA_ASIGNACIONES, formato, traslado);
      documentos.anotar(
          codigo, Clase.TRASLADO_FIRMADO, AlmacenDocumentos.CARPETA_ASIGNACIONES, formato);
      bitacora.anotar(tarea, "Formato de traslado firmado guardado en Asignaciones/" + formato);
    }
  }
}
