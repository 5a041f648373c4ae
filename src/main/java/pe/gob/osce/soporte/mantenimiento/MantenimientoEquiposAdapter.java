package pe.gob.osce.soporte.mantenimiento;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.mantenimiento.MantenimientoEquiposProceso.Variables;

/** Único punto que inicia el proceso {@code mantenimientoEquipos} en el motor. */
@Component
class MantenimientoEquiposAdapter {

  private final RuntimeService runtime;

  MantenimientoEquiposAdapter(RuntimeService runtime) {
    this.runtime = runtime;
  }

  /** Inicia el mantenimiento de una clase de equipos; devuelve su código (business key). */
  public String iniciar(String tipoEquipo) {
    return Variables.CODIGO.de(
        runtime
            .createProcessInstanceByKey(MantenimientoEquiposProceso.CLAVE)
            .setVariables(Map.of(Variables.TIPO_EQUIPO.nombre(), tipoEquipo))
            .executeWithVariablesInReturn()
            .getVariables());
  }
}
