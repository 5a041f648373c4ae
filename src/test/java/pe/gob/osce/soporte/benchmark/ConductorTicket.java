package pe.gob.osce.soporte.benchmark;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Elementos;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Variables;
import pe.gob.osce.soporte.ticket.EscenarioTicket;
import pe.gob.osce.soporte.ticket.ModoAtencion;

/**
 * Lleva un ticket de principio a fin con las mismas llamadas Java al motor para el modelo del
 * servicio y para su esqueleto: inicio como la asistente, cada tarea completada por su responsable
 * con las variables de su formulario, y los jobs (correos, temporizador de 24 horas) ejecutados por
 * el mismo hilo, como el job executor, sin usuario. Las variables que en el servicio calculan sus
 * listeners y delegates ({@code acuseRecibo}, {@code requiereTerceros}, {@code movimientoEquipos})
 * se pasan también, con el mismo valor, para que el esqueleto tome el mismo camino.
 */
final class ConductorTicket {

  /** Los dos caminos de la medida 1. */
  enum Camino {
    /** Remoto y solucionado: inicio, actividades 2, 3, 4 y 12. */
    REMOTO_SOLUCIONADO,
    /** Escalado: 2, 3, 4 sin solución, 8, 9, la ventana de 24 horas (el temporizador) y 12. */
    ESCALADO
  }

  private final RuntimeService runtime;
  private final TaskService tareas;
  private final ManagementService gestion;
  private final IdentityService identidades;
  private final Map<String, List<String>> grupos = new java.util.concurrent.ConcurrentHashMap<>();

  ConductorTicket(ProcessEngine motor) {
    this.runtime = motor.getRuntimeService();
    this.tareas = motor.getTaskService();
    this.gestion = motor.getManagementService();
    this.identidades = motor.getIdentityService();
  }

  /**
   * Un ticket entero del proceso {@code clave} por el camino dado; vuelve cuando la instancia
   * terminó.
   */
  void ticket(String clave, Camino camino) {
    Map<String, Object> inicio = new HashMap<>();
    inicio.put(Variables.TIPO.nombre(), "INCIDENCIA");
    inicio.put(Variables.SERVICIO.nombre(), "ACTIVE_DIRECTORY");
    inicio.put(Variables.CANAL.nombre(), "CORREO");
    inicio.put(Variables.SOLICITANTE.nombre(), EscenarioTicket.solicitanteNuevo());
    inicio.put(Variables.ASUNTO.nombre(), "No puedo entrar a mi cuenta");
    inicio.put(Variables.DESCRIPCION.nombre(), "La cuenta aparece bloqueada desde esta mañana.");
    inicio.put(Variables.ACUSE_RECIBO.nombre(), false);
    String id =
        comoUsuario(
            "asistente",
            () -> runtime.createProcessInstanceByKey(clave).setVariables(inicio).execute().getId());
    boolean solucionado = camino == Camino.REMOTO_SOLUCIONADO;

    completar(
        id, Elementos.ASIGNAR_TECNICO, "asistente", Map.of(Variables.TECNICO.nombre(), "tecnico1"));
    completar(
        id,
        Elementos.EVALUAR_ATENCION,
        "tecnico1",
        Map.of(Variables.MODO_ATENCION.nombre(), ModoAtencion.REMOTA.name()));
    Map<String, Object> atencion = new HashMap<>();
    atencion.put(Variables.SOLUCIONADO.nombre(), solucionado);
    atencion.put(Variables.CAMBIO_EQUIPO.nombre(), false);
    atencion.put(
        Variables.DETALLE_ATENCION.nombre(),
        solucionado
            ? "Se desbloqueó la cuenta y se restableció la clave."
            : "El bloqueo viene del servicio del proveedor; se escala.");
    atencion.put("remotoAprobacionUsuario", true);
    atencion.put("validacionSolicitada", true);
    atencion.put(Variables.REQUIERE_TERCEROS.nombre(), !solucionado);
    completar(id, Elementos.ATENDER_REMOTO, "tecnico1", atencion);
    if (!solucionado) {
      completar(
          id,
          Elementos.SOLICITAR_ATENCION_TERCEROS,
          "tecnico1",
          Map.of(
              Variables.PROVEEDOR.nombre(),
              "Servicios AD SAC",
              Variables.CORREO_PROVEEDOR.nombre(),
              "proveedor@servicios-ad.pe",
              Variables.MOTIVO_ESCALAMIENTO.nombre(),
              "El controlador de dominio rechaza el desbloqueo."));
      completar(
          id,
          Elementos.TOMAR_CONOCIMIENTO,
          "tecnico1",
          Map.of(
              Variables.INFORME_PROVEEDOR.nombre(), "Informe 0045: se reinició la replicación."));
      // La ventana de 24 horas: el job del temporizador, ejecutado ya.
      ejecutarJobs(id);
      Job temporizador = gestion.createJobQuery().processInstanceId(id).timers().singleResult();
      if (temporizador == null) {
        throw new IllegalStateException(clave + ": sin el temporizador de la actividad 9");
      }
      gestion.executeJob(temporizador.getId());
    }
    Map<String, Object> cierre = new HashMap<>();
    cierre.put(Variables.DEVOLUCION_EQUIPO.nombre(), false);
    cierre.put(Variables.EQUIPOS_DEVUELTOS.nombre(), null);
    cierre.put(Variables.MOVIMIENTO_EQUIPOS.nombre(), false);
    completar(id, Elementos.CERRAR_TICKET, "tecnico1", cierre);
    ejecutarJobs(id);
    if (runtime.createProcessInstanceQuery().processInstanceId(id).count() != 0) {
      throw new IllegalStateException(clave + ": el ticket " + id + " no terminó");
    }
  }

  /**
   * El nombre de la primera tarea de un ticket nuevo del proceso (para ver qué listeners
   * corrieron).
   */
  String nombrePrimeraTarea(String clave) {
    Map<String, Object> inicio = new HashMap<>();
    inicio.put(Variables.TIPO.nombre(), "INCIDENCIA");
    inicio.put(Variables.SERVICIO.nombre(), "ACTIVE_DIRECTORY");
    inicio.put(Variables.CANAL.nombre(), "CORREO");
    inicio.put(
        Variables.SOLICITANTE.nombre(),
        "esqueleto-" + UUID.randomUUID().toString().substring(0, 8) + "@osce.gob.pe");
    inicio.put(Variables.ASUNTO.nombre(), "Prueba del esqueleto");
    inicio.put(Variables.ACUSE_RECIBO.nombre(), false);
    String id =
        comoUsuario("asistente", () -> runtime.startProcessInstanceByKey(clave, inicio).getId());
    String nombre = tareas.createTaskQuery().processInstanceId(id).singleResult().getName();
    runtime.deleteProcessInstance(id, "benchmark");
    return nombre;
  }

  private void completar(
      String instancia, String clave, String usuario, Map<String, Object> variables) {
    ejecutarJobs(instancia);
    Task tarea =
        tareas
            .createTaskQuery()
            .processInstanceId(instancia)
            .taskDefinitionKey(clave)
            .singleResult();
    if (tarea == null) {
      throw new IllegalStateException("El ticket " + instancia + " no llegó a " + clave);
    }
    comoUsuario(
        usuario,
        () -> {
          tareas.complete(tarea.getId(), variables);
          return null;
        });
  }

  /** Los jobs listos de la instancia (correos), como los haría el job executor. */
  private void ejecutarJobs(String instancia) {
    for (int vuelta = 0; vuelta < 10; vuelta++) {
      List<Job> listos = gestion.createJobQuery().processInstanceId(instancia).executable().list();
      if (listos.isEmpty()) {
        return;
      }
      listos.forEach(job -> gestion.executeJob(job.getId()));
    }
  }

  private <T> T comoUsuario(String usuario, java.util.function.Supplier<T> paso) {
    // Los grupos se leen una vez por usuario: esa consulta no es parte de ningún paso.
    List<String> suyos =
        grupos.computeIfAbsent(
            usuario,
            u ->
                identidades.createGroupQuery().groupMember(u).list().stream()
                    .map(g -> g.getId())
                    .toList());
    identidades.setAuthentication(usuario, suyos);
    try {
      return paso.get();
    } finally {
      identidades.clearAuthentication();
    }
  }
}
