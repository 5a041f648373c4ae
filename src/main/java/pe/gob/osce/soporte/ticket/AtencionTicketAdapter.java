package pe.gob.osce.soporte.ticket;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.Variable;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Elementos;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Variables;

/**
 * Único punto que conduce el proceso {@code atencionTicket} en el motor: iniciar y correlacionar.
 */
@Component
public class AtencionTicketAdapter {

  /** El ticket recién iniciado. */
  public record TicketIniciado(String codigo, String processInstanceId) {}

  private static final int MAXIMO_CORREOS_RECIBIDOS = 3800;

  private final RuntimeService runtime;
  private final TaskService tareas;

  public AtencionTicketAdapter(RuntimeService runtime, TaskService tareas) {
    this.runtime = runtime;
    this.tareas = tareas;
  }

  /** Inicia la atención; la actividad 1 valida y registra en la misma transacción. */
  public TicketIniciado iniciar(SolicitudTicket solicitud) {
    solicitud.validar();
    ProcessInstanceWithVariables instancia =
        runtime
            .createProcessInstanceByKey(AtencionTicketProceso.CLAVE)
            .setVariables(solicitud.comoVariables())
            .executeWithVariablesInReturn();
    String codigo = Variables.CODIGO_TICKET.de(instancia.getVariables());
    return new TicketIniciado(codigo, instancia.getId());
  }

  /** Dentro de la ventana de 24 horas: el servicio del proveedor falló, vuelve a la actividad 8. */
  public void reportarErrorProveedor(String codigoTicket) {
    runtime
        .createMessageCorrelation(AtencionTicketProceso.MENSAJE_ERROR_PROVEEDOR)
        .processInstanceBusinessKey(codigoTicket)
        .correlate();
  }

  /** Los tickets que esperan la consolidación mensual de cargos (actividad 14). */
  public List<String> ticketsEsperandoConsolidacion() {
    return runtime
        .createProcessInstanceQuery()
        .processDefinitionKey(AtencionTicketProceso.CLAVE)
        .activityIdIn(Elementos.ESPERAR_CONSOLIDACION)
        .list()
        .stream()
        .map(p -> p.getBusinessKey())
        .sorted()
        .toList();
  }

  /** Cierra la espera de la actividad 14 del ticket: su cargo ya se derivó a Patrimonio. */
  public void cargoDerivado(String codigoTicket) {
    runtime
        .createMessageCorrelation(AtencionTicketProceso.MENSAJE_CARGOS_DERIVADOS)
        .processInstanceBusinessKey(codigoTicket)
        .correlate();
  }

  /**
   * Un correo nuevo del buzón inicia la atención por {@code Start_CorreoRecibido}. Si trae tipo y
   * servicio, la actividad 1 lo registra en esta misma transacción y vuelve con su código; si no,
   * espera en la clasificación de la mesa de ayuda y el código es null.
   */
  public TicketIniciado recibirCorreo(Map<String, Object> variables) {
    ProcessInstance instancia =
        runtime.startProcessInstanceByMessage(
            AtencionTicketProceso.MENSAJE_CORREO_RECIBIDO, variables);
    String codigo =
        Variables.CODIGO_TICKET.desde(
            runtime.getVariable(instancia.getId(), Variables.CODIGO_TICKET.nombre()));
    return new TicketIniciado(codigo, instancia.getId());
  }

  /**
   * Un correo recibido para un ticket en curso: comentario en cada tarea abierta (pestaña Historia
   * de Tasklist) y al inicio de {@code correosRecibidos}, que muestran los formularios.
   */
  public void mostrarCorreoRecibido(String processInstanceId, String texto) {
    if (!enCurso(processInstanceId)) {
      return; // ticket ya cerrado: queda solo en su historia
    }
    List<Task> abiertas = tareas.createTaskQuery().processInstanceId(processInstanceId).list();
    abiertas.forEach(t -> tareas.createComment(t.getId(), processInstanceId, texto));
    String anteriores = variable(processInstanceId, Variables.CORREOS_RECIBIDOS).orElse("");
    String todos = anteriores.isEmpty() ? texto : texto + "\n\n---\n\n" + anteriores;
    // Camunda guarda los textos en una columna de 4000 caracteres: se conservan los más recientes.
    runtime.setVariable(
        processInstanceId,
        Variables.CORREOS_RECIBIDOS.nombre(),
        todos.length() <= MAXIMO_CORREOS_RECIBIDOS
            ? todos
            : todos.substring(0, MAXIMO_CORREOS_RECIBIDOS - 1) + "…");
  }

  /** El valor de una variable de un ticket en curso; vacío si ya terminó. */
  public <T> Optional<T> variable(String processInstanceId, Variable<T> variable) {
    Object valor =
        enCurso(processInstanceId)
            ? runtime.getVariable(processInstanceId, variable.nombre())
            : null;
    return Optional.ofNullable(variable.desde(valor));
  }

  private boolean enCurso(String processInstanceId) {
    return runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0;
  }

  /** La respuesta del/de la proveedor/a, para el formulario de la actividad 9. */
  public void registrarRespuestaProveedor(String processInstanceId, String texto) {
    runtime.setVariable(processInstanceId, Variables.RESPUESTA_PROVEEDOR.nombre(), texto);
  }

  /**
   * Si el ticket espera aún, dentro de la ventana de 24 horas, un reporte de error del proveedor.
   */
  public boolean ventanaProveedorAbierta(String codigoTicket) {
    return runtime
            .createEventSubscriptionQuery()
            .eventName(AtencionTicketProceso.MENSAJE_ERROR_PROVEEDOR)
            .activityId(Elementos.ERROR_SERVICIO_PROVEEDOR)
            .processInstanceId(procesoDe(codigoTicket))
            .count()
        > 0;
  }

  private String procesoDe(String codigoTicket) {
    ProcessInstance instancia =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey(AtencionTicketProceso.CLAVE)
            .processInstanceBusinessKey(codigoTicket)
            .singleResult();
    return instancia == null ? "ninguno" : instancia.getId();
  }
}
