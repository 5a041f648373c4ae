package pe.gob.osce.soporte.ticket;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Elementos;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Variables;

/** Único punto que conduce el proceso {@code atencionTicket} en el motor: iniciar y correlacionar. */
@Component
public class AtencionTicketAdapter {

  /** El ticket recién iniciado. */
  public record TicketIniciado(String codigo, String processInstanceId) {}

  private final RuntimeService runtime;

  public AtencionTicketAdapter(RuntimeService runtime) {
    this.runtime = runtime;
  }

  /** Inicia la atención; la actividad 1 valida y registra en la misma transacción. */
  public TicketIniciado iniciar(SolicitudTicket solicitud) {
    solicitud.validar();
    ProcessInstanceWithVariables instancia = runtime.createProcessInstanceByKey(AtencionTicketProceso.CLAVE)
        .setVariables(solicitud.comoVariables())
        .executeWithVariablesInReturn();
    String codigo = (String) instancia.getVariables().get(Variables.CODIGO_TICKET);
    return new TicketIniciado(codigo, instancia.getId());
  }

  /** Dentro de la ventana de 24 horas: el servicio del proveedor falló, vuelve a la actividad 8. */
  public void reportarErrorProveedor(String codigoTicket) {
    runtime.createMessageCorrelation(AtencionTicketProceso.MENSAJE_ERROR_PROVEEDOR)
        .processInstanceBusinessKey(codigoTicket)
        .correlate();
  }

  /** Los tickets que esperan la consolidación mensual de cargos (actividad 14). */
  public List<String> ticketsEsperandoConsolidacion() {
    return runtime.createProcessInstanceQuery()
        .processDefinitionKey(AtencionTicketProceso.CLAVE)
        .activityIdIn(Elementos.ESPERAR_CONSOLIDACION)
        .list().stream()
        .map(p -> p.getBusinessKey())
        .sorted()
        .toList();
  }

  /** Cierra la espera de la actividad 14 del ticket: su cargo ya se derivó a Patrimonio. */
  public void cargoDerivado(String codigoTicket) {
    runtime.createMessageCorrelation(AtencionTicketProceso.MENSAJE_CARGOS_DERIVADOS)
        .processInstanceBusinessKey(codigoTicket)
        .correlate();
  }
}
