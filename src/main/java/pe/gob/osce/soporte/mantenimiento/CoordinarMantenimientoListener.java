package pe.gob.osce.soporte.mantenimiento;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.Errores;
import pe.gob.osce.soporte.comun.FechaIso;
import pe.gob.osce.soporte.comun.LecturaVariables;
import pe.gob.osce.soporte.comun.ListenerAlCompletar;
import pe.gob.osce.soporte.comun.UsuarioActual;

/** Actividad 23: se coordina con el/la proveedor/a de servicio TI la fecha del mantenimiento. */
@Component
public class CoordinarMantenimientoListener extends ListenerAlCompletar {

  private final RegistroMantenimientos registro;
  private final UsuarioActual usuario;

  public CoordinarMantenimientoListener(RegistroMantenimientos registro, UsuarioActual usuario) {
    this.registro = registro;
    this.usuario = usuario;
  }

  @Override
  protected void alCompletar(DelegateTask tarea) {
    String proveedor = LecturaVariables.texto(tarea, MantenimientoEquiposProceso.VAR_PROVEEDOR);
    String fecha = LecturaVariables.texto(tarea, MantenimientoEquiposProceso.VAR_FECHA_PROGRAMADA);
    Errores errores = new Errores()
        .siVacio(MantenimientoEquiposProceso.VAR_PROVEEDOR, proveedor, "es obligatorio: el/la proveedor/a de servicio TI")
        .siLargo(MantenimientoEquiposProceso.VAR_PROVEEDOR, proveedor, 200)
        .siVacio(MantenimientoEquiposProceso.VAR_FECHA_PROGRAMADA, fecha, "es obligatoria: la fecha acordada con el/la proveedor/a");
    LocalDate programada = FechaIso.leer(MantenimientoEquiposProceso.VAR_FECHA_PROGRAMADA, fecha, errores);
    errores.lanzarSiHay();
    String codigo = LecturaVariables.texto(tarea, MantenimientoEquiposProceso.VAR_CODIGO);
    registro.coordinado(codigo, proveedor, programada);
    registro.anotar(codigo, tarea.getTaskDefinitionKey(), usuario.id(),
        "Coordinado con " + proveedor + " para el " + programada);
  }
}
