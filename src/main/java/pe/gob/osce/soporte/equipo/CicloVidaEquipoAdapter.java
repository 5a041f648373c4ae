package pe.gob.osce.soporte.equipo;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Único punto que arranca el ciclo de vida de un equipo en el motor. */
@Component
public class CicloVidaEquipoAdapter {

  private final RuntimeService runtime;

  public CicloVidaEquipoAdapter(RuntimeService runtime) {
    this.runtime = runtime;
  }

  public boolean estaEnCiclo(String codigoPatrimonial) {
    return runtime.createProcessInstanceQuery()
        .processDefinitionKey(CicloVidaEquipoProceso.CLAVE)
        .processInstanceBusinessKey(RegistroEquipos.normalizar(codigoPatrimonial))
        .active()
        .count() > 0;
  }

  /** Inicia el ciclo (actividad 15) con el código patrimonial como business key. */
  public String iniciar(String codigoPatrimonial, String codigoTicket) {
    String codigo = RegistroEquipos.normalizar(codigoPatrimonial);
    Map<String, Object> variables = new HashMap<>();
    variables.put(CicloVidaEquipoProceso.VAR_CODIGO_PATRIMONIAL, codigo);
    if (codigoTicket != null) {
      variables.put(CicloVidaEquipoProceso.VAR_TICKET, codigoTicket);
    }
    return runtime.startProcessInstanceByKey(CicloVidaEquipoProceso.CLAVE, codigo, variables).getId();
  }
}
