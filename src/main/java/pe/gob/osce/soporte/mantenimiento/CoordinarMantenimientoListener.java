package pe.gob.osce.soporte.mantenimiento;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.DatosInvalidosException;
import pe.gob.osce.soporte.comun.Errores;
import pe.gob.osce.soporte.comun.ListenerAlCompletar;
import pe.gob.osce.soporte.comun.UsuarioActual;
import pe.gob.osce.soporte.documento.AlmacenDocumentos;
import pe.gob.osce.soporte.documento.ArchivoPdf;
import pe.gob.osce.soporte.mantenimiento.MantenimientoEquiposProceso.Variables;
import pe.gob.osce.soporte.mantenimiento.ReglaCoordinacionMantenimiento.Acordado;
import pe.gob.osce.soporte.mantenimiento.ReglaCoordinacionMantenimiento.Coordinacion;

/**
 * Actividad 23: se coordina con el/la proveedor/a de servicio TI la fecha del mantenimiento, por
 * correo electrónico (se le escribe después, en A23_EnviarCoordinacion) o por teléfono, y se
 * archiva su "Plan de Trabajo – Cronograma de mantenimiento" (obligatorio la primera vez; al volver
 * a coordinar puede reemplazarse). El PDF queda en la carpeta de documentos, no como variable del
 * proceso.
 */
@Component
class CoordinarMantenimientoListener extends ListenerAlCompletar {

  private final RegistroMantenimientos registro;
  private final AlmacenDocumentos almacen;
  private final UsuarioActual usuario;

  CoordinarMantenimientoListener(
      RegistroMantenimientos registro, AlmacenDocumentos almacen, UsuarioActual usuario) {
    this.registro = registro;
    this.almacen = almacen;
    this.usuario = usuario;
  }

  @Override
  protected void alCompletar(DelegateTask tarea) {
    String codigo = Variables.CODIGO.leer(tarea);
    String proveedor = Variables.PROVEEDOR.leer(tarea);
    String fecha = Variables.FECHA_PROGRAMADA.leerTexto(tarea);
    String medioTexto = Variables.MEDIO_COORDINACION.leerTexto(tarea);
    String correo = Variables.CORREO_PROVEEDOR.leer(tarea);
    Errores errores = new Errores();
    Acordado acordado =
        ReglaCoordinacionMantenimiento.validar(
            new Coordinacion(proveedor, fecha, medioTexto, correo), errores);
    Mantenimiento actual = registro.buscar(codigo).orElseThrow();
    TypedValue plan = tarea.getVariableTyped(Variables.PLAN_TRABAJO.nombre());
    boolean planNuevo = conContenido(plan);
    byte[] pdf = null;
    if (planNuevo || actual.planTrabajoArchivo() == null) {
      try {
        pdf =
            ArchivoPdf.contenido(
                plan,
                Variables.PLAN_TRABAJO.nombre(),
                "el Plan de Trabajo – Cronograma de mantenimiento del/de la proveedor/a");
      } catch (DatosInvalidosException e) {
        e.errores().forEach(errores::agregar);
      }
    }
    errores.lanzarSiHay();

    String archivo = null;
    if (pdf != null) {
      archivo =
          "PlanTrabajo-"
              + codigo
              + (actual.verificaciones() == 0 ? "" : "-" + (actual.verificaciones() + 1))
              + ".pdf";
      almacen.guardar(RegistroMantenimientos.CARPETA_REPORTES, archivo, pdf);
      Variables.PLAN_ARCHIVADO.escribir(tarea, archivo);
    }
    tarea.removeVariable(Variables.PLAN_TRABAJO.nombre());
    String correoProveedor = acordado.correoProveedor();
    LocalDate programada = acordado.programada();
    MedioCoordinacion medio = acordado.medio();
    Variables.CORREO_PROVEEDOR.escribir(tarea, correoProveedor);
    registro.coordinado(codigo, proveedor, programada, medio, correoProveedor, archivo);
    registro.anotar(
        codigo,
        tarea.getTaskDefinitionKey(),
        usuario.id(),
        "Coordinado con "
            + proveedor
            + " para el "
            + programada
            + " por "
            + medio.etiqueta()
            + (correoProveedor == null ? "" : " (" + correoProveedor + ")")
            + (archivo == null
                ? "; se conserva el plan de trabajo archivado"
                : "; plan de trabajo archivado en "
                    + RegistroMantenimientos.CARPETA_REPORTES
                    + "/"
                    + archivo));
  }

  /**
   * Un archivo elegido en el formulario; un campo de archivo vacío (Tasklist sin archivo nuevo) no
   * cuenta.
   */
  private static boolean conContenido(TypedValue valor) {
    if (!(valor instanceof FileValue archivo) || archivo.getValue() == null) {
      return false;
    }
    try (InputStream entrada = archivo.getValue()) {
      return entrada.read() != -1;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
