package pe.gob.osce.soporte.equipo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.equipo.CicloVidaEquipoProceso.Variables;

/**
 * Único punto que conduce el ciclo de vida de un equipo en el motor: iniciar, consultar, reasignar.
 */
@Component
public class CicloVidaEquipoAdapter {

  private final RuntimeService runtime;

  public CicloVidaEquipoAdapter(RuntimeService runtime) {
    this.runtime = runtime;
  }

  public boolean estaEnCiclo(String codigoPatrimonial) {
    return runtime
            .createProcessInstanceQuery()
            .processDefinitionKey(CicloVidaEquipoProceso.CLAVE)
            .processInstanceBusinessKey(RegistroEquipos.normalizar(codigoPatrimonial))
            .active()
            .count()
        > 0;
  }

  /** Otro ciclo de vida en curso del mismo equipo, sin contar la instancia indicada. */
  public boolean estaEnOtroCiclo(String codigoPatrimonial, String instanciaPropia) {
    return runtime
        .createProcessInstanceQuery()
        .processDefinitionKey(CicloVidaEquipoProceso.CLAVE)
        .processInstanceBusinessKey(RegistroEquipos.normalizar(codigoPatrimonial))
        .list()
        .stream()
        .anyMatch(p -> !p.getId().equals(instanciaPropia));
  }

  /** El equipo espera en el almacén de la UAST (actividad 17): puede asignarse con un cargo. */
  public boolean estaEnAlmacen(String codigoPatrimonial) {
    return runtime
            .createExecutionQuery()
            .processDefinitionKey(CicloVidaEquipoProceso.CLAVE)
            .processInstanceBusinessKey(RegistroEquipos.normalizar(codigoPatrimonial))
            .messageEventSubscriptionName(CicloVidaEquipoProceso.MENSAJE_EQUIPO_REASIGNADO)
            .count()
        > 0;
  }

  /**
   * Las variables del ciclo que espera la baja del bien (actividad 19), o vacío si no la espera.
   */
  public Optional<Map<String, Object>> esperaBaja(String codigoPatrimonial) {
    return runtime
        .createExecutionQuery()
        .processDefinitionKey(CicloVidaEquipoProceso.CLAVE)
        .processInstanceBusinessKey(RegistroEquipos.normalizar(codigoPatrimonial))
        .messageEventSubscriptionName(BajaBienesProceso.MENSAJE_BAJA_SOLICITADA)
        .list()
        .stream()
        .findFirst()
        .map(
            e ->
                runtime.getVariables(
                    e.getProcessInstanceId(),
                    List.of(
                        Variables.MOTIVO_BAJA.nombre(),
                        Variables.DIAGNOSTICO.nombre(),
                        Variables.SUSTENTO_OBSOLESCENCIA.nombre())));
  }

  /** La baja del bien quedó solicitada a la OAD (actividad 22): su ciclo de vida termina. */
  public void bajaSolicitada(String codigoPatrimonial, String numeroInforme) {
    runtime
        .createMessageCorrelation(BajaBienesProceso.MENSAJE_BAJA_SOLICITADA)
        .processInstanceBusinessKey(RegistroEquipos.normalizar(codigoPatrimonial))
        .setVariable(Variables.NUMERO_INFORME_BAJA.nombre(), numeroInforme)
        .correlateAll();
  }

  /** Inicia el ciclo (actividad 15) con el código patrimonial como business key. */
  public String iniciar(String codigoPatrimonial, String codigoTicket) {
    String codigo = RegistroEquipos.normalizar(codigoPatrimonial);
    Map<String, Object> variables = new HashMap<>();
    variables.put(Variables.CODIGO_PATRIMONIAL.nombre(), codigo);
    if (codigoTicket != null) {
      variables.put(Variables.TICKET.nombre(), codigoTicket);
    }
    return runtime
        .startProcessInstanceByKey(CicloVidaEquipoProceso.CLAVE, codigo, variables)
        .getId();
  }

  /**
   * Un cargo (actividad 10) asignó el equipo que estaba en stock: su ciclo termina como reasignado.
   */
  public void reasignar(String codigoPatrimonial, String codigoTicket) {
    runtime
        .createMessageCorrelation(CicloVidaEquipoProceso.MENSAJE_EQUIPO_REASIGNADO)
        .processInstanceBusinessKey(RegistroEquipos.normalizar(codigoPatrimonial))
        .setVariable(Variables.TICKET_REASIGNACION.nombre(), codigoTicket)
        .correlate();
  }
}
