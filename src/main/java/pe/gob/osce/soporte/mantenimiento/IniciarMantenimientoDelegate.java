package pe.gob.osce.soporte.mantenimiento;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.mantenimiento.MantenimientoEquiposProceso.Variables;

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
    String codigo = mantenimiento.iniciar(Variables.TIPO_EQUIPO.leerTexto(ejecucion));
    Variables.CODIGO.escribir(ejecucion, codigo);
  }
}
