package pe.gob.osce.soporte.mantenimiento;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.ListenerAlCompletar;
import pe.gob.osce.soporte.comun.UsuarioActual;
import pe.gob.osce.soporte.documento.AlmacenDocumentos;
import pe.gob.osce.soporte.documento.ArchivoPdf;
import pe.gob.osce.soporte.mantenimiento.MantenimientoEquiposProceso.Variables;

/**
 * Actividad 25: el reporte de mantenimiento del/de la proveedor/a (PDF) se archiva en
 * "Mantenimiento".
 */
@Component
class ArchivarReporteListener extends ListenerAlCompletar {

  private final AlmacenDocumentos almacen;
  private final RegistroMantenimientos registro;
  private final UsuarioActual usuario;

  ArchivarReporteListener(
      AlmacenDocumentos almacen, RegistroMantenimientos registro, UsuarioActual usuario) {
    this.almacen = almacen;
    this.registro = registro;
    this.usuario = usuario;
  }

  @Override
  protected void alCompletar(DelegateTask tarea) {
    byte[] reporte =
        ArchivoPdf.tomar(
            tarea, Variables.REPORTE.nombre(), "el reporte de mantenimiento del/de la proveedor/a");
    String codigo = Variables.CODIGO.leer(tarea);
    String archivo = "Reporte-" + codigo + ".pdf";
    almacen.guardar(RegistroMantenimientos.CARPETA_REPORTES, archivo, reporte);
    registro.archivado(codigo, archivo);
    registro.anotar(
        codigo,
        tarea.getTaskDefinitionKey(),
        usuario.id(),
        "Reporte archivado en " + RegistroMantenimientos.CARPETA_REPORTES + "/" + archivo);
  }
}
