package pe.gob.osce.soporte.mantenimiento;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.Errores;
import pe.gob.osce.soporte.comun.FechaIso;
import pe.gob.osce.soporte.comun.LecturaVariables;
import pe.gob.osce.soporte.comun.ListenerAlCompletar;
import pe.gob.osce.soporte.comun.Reloj;
import pe.gob.osce.soporte.comun.UsuarioActual;

/** Actividad 23: el/la proveedor/a ejecutó el mantenimiento; desde ahora corren las 48 horas (24). */
@Component
public class ConfirmarEjecucionListener extends ListenerAlCompletar {

  private final RegistroMantenimientos registro;
  private final UsuarioActual usuario;

  public ConfirmarEjecucionListener(RegistroMantenimientos registro, UsuarioActual usuario) {
    this.registro = registro;
    this.usuario = usuario;
  }

  @Override
  protected void alCompletar(DelegateTask tarea) {
    String fecha = LecturaVariables.texto(tarea, MantenimientoEquiposProceso.VAR_FECHA_EJECUCION);
    Errores errores = new Errores().siVacio(MantenimientoEquiposProceso.VAR_FECHA_EJECUCION, fecha,
        "es obligatoria: el día en que el/la proveedor/a ejecutó el mantenimiento");
    LocalDate ejecucion = FechaIso.leer(MantenimientoEquiposProceso.VAR_FECHA_EJECUCION, fecha, errores);
    if (ejecucion != null && ejecucion.isAfter(Reloj.ahora().toLocalDate())) {
      errores.agregar(MantenimientoEquiposProceso.VAR_FECHA_EJECUCION, "no puede ser una fecha futura: confirme la"
          + " ejecución cuando el mantenimiento se haya realizado");
    }
    errores.lanzarSiHay();
    String codigo = LecturaVariables.texto(tarea, MantenimientoEquiposProceso.VAR_CODIGO);
    registro.ejecutado(codigo, ejecucion);
    registro.anotar(codigo, tarea.getTaskDefinitionKey(), usuario.id(), "Mantenimiento ejecutado el " + ejecucion);
  }
}
