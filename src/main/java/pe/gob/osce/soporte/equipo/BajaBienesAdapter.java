package pe.gob.osce.soporte.equipo;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Único punto que consulta en el motor los informes de baja (proceso bajaBienes, actividades
 * 20-22).
 */
@Component
class BajaBienesAdapter {

  private final RuntimeService runtime;

  BajaBienesAdapter(RuntimeService runtime) {
    this.runtime = runtime;
  }

  /** El proceso del informe sigue abierto: uno cancelado en Cockpit ya no retiene sus bienes. */
  boolean enCurso(String numeroInforme) {
    return runtime
            .createProcessInstanceQuery()
            .processDefinitionKey(BajaBienesProceso.CLAVE)
            .processInstanceBusinessKey(numeroInforme)
            .count()
        > 0;
  }
}
