package pe.gob.osce.soporte.mantenimiento;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.Errores;
import pe.gob.osce.soporte.comun.LecturaVariables;
import pe.gob.osce.soporte.comun.ListenerAlCompletar;
import pe.gob.osce.soporte.comun.UsuarioActual;

/** Actividad 24: pasadas las 48 horas, ¿la PC o impresora tuvo desperfectos? Sí → se coordina de nuevo (23). */
@Component
public class VerificarMantenimientoListener extends ListenerAlCompletar {

  private final RegistroMantenimientos registro;
  private final UsuarioActual usuario;

  public VerificarMantenimientoListener(RegistroMantenimientos registro, UsuarioActual usuario) {
    this.registro = registro;
    this.usuario = usuario;
  }

  @Override
  protected void alCompletar(DelegateTask tarea) {
    Boolean errores = LecturaVariables.booleano(tarea, MantenimientoEquiposProceso.VAR_ERRORES_DETECTADOS);
    String resultado = LecturaVariables.texto(tarea, MantenimientoEquiposProceso.VAR_RESULTADO_VERIFICACION);
    Errores invalidos = new Errores().siLargo(MantenimientoEquiposProceso.VAR_RESULTADO_VERIFICACION, resultado, 1500);
    if (errores == null) {
      invalidos.agregar(MantenimientoEquiposProceso.VAR_ERRORES_DETECTADOS, "indique si se detectó errores");
    } else if (errores) {
      invalidos.siVacio(MantenimientoEquiposProceso.VAR_RESULTADO_VERIFICACION, resultado,
          "describa los errores detectados: se coordinará de nuevo con el/la proveedor/a");
    }
    invalidos.lanzarSiHay();
    tarea.setVariable(MantenimientoEquiposProceso.VAR_ERRORES_DETECTADOS, errores);
    String texto = errores ? "Con errores: " + resultado : "Sin errores" + (resultado == null ? "" : ": " + resultado);
    String codigo = LecturaVariables.texto(tarea, MantenimientoEquiposProceso.VAR_CODIGO);
    registro.verificado(codigo, errores, texto);
    registro.anotar(codigo, tarea.getTaskDefinitionKey(), usuario.id(), "Verificación: " + texto);
  }
}
