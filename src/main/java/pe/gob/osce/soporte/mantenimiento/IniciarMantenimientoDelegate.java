package pe.gob.osce.soporte.mantenimiento;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.LecturaVariables;

/**
 * Modelos de programación: al vencer su temporizador (CPU cada año, impresoras cada 4 meses)
 * inician el mantenimiento de la clase que fija su parámetro de entrada {@code tipoEquipo}.
 */
@Component
class IniciarMantenimientoDelegate implements JavaDelegate {

  private final MantenimientoEquiposAdapter mantenimiento;

  IniciarMantenimientoDelegate(MantenimientoEquiposAdapter mantenimiento) {
    this.mantenimiento = mantenimiento;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    String codigo = mantenimiento.iniciar(LecturaVariables.texto(ejecucion, MantenimientoEquiposProceso.VAR_TIPO_EQUIPO));
    ejecucion.setVariable(MantenimientoEquiposProceso.VAR_CODIGO, codigo);
  }
}
