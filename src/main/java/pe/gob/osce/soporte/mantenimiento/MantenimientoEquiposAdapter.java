package pe.gob.osce.soporte.mantenimiento;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Único punto que inicia el proceso {@code mantenimientoEquipos} en el motor. */
@Component
class MantenimientoEquiposAdapter {

  private final RuntimeService runtime;

  MantenimientoEquiposAdapter(RuntimeService runtime) {
    this.runtime = runtime;
  }

  /** Inicia el mantenimiento de una clase de equipos; devuelve su código (business key). */
  public String iniciar(String tipoEquipo) {
    return (String) runtime.createProcessInstanceByKey(MantenimientoEquiposProceso.CLAVE)
        .setVariables(Map.of(MantenimientoEquiposProceso.VAR_TIPO_EQUIPO, tipoEquipo))
        .executeWithVariablesInReturn()
        .getVariables().get(MantenimientoEquiposProceso.VAR_CODIGO);
  }
}
