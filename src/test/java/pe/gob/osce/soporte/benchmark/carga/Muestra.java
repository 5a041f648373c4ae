package pe.gob.osce.soporte.benchmark.carga;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;
import pe.gob.osce.soporte.equipo.CicloVidaEquipoAdapter;
import pe.gob.osce.soporte.equipo.NuevoEquipo;
import pe.gob.osce.soporte.equipo.RegistroEquipos;
import pe.gob.osce.soporte.ticket.AtencionTicketAdapter;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Elementos;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Variables;
import pe.gob.osce.soporte.ticket.EscenarioTicket;
import pe.gob.osce.soporte.ticket.ModoAtencion;
import pe.gob.osce.soporte.ticket.SolicitudTicket;

/**
 * Lo que sí pasa por el motor real, con sus listeners, delegates, registros y correo: la muestra de
 * tickets cerrados por el camino remoto solucionado (actividades 1, 2, 3, 4, 7 y 12) que {@link
 * Historial} multiplica, y las tareas abiertas, repartidas entre los filtros por rol. Cada paso lo
 * da el usuario del grupo que corresponde; los jobs (correos) los ejecuta esta clase, con el job
 * executor aún detenido.
 */
final class Muestra {

  /** Un ticket cerrado de la muestra. */
  record Cerrado(String codigo, String processInstanceId) {}

  /** Una tarea abierta y quien la atiende. */
  record Tarea(String id, String usuario) {}

  /**
   * Las tareas abiertas: por asignar (actividad 2, mesa-ayuda), por evaluar de cada técnico
   * (actividad 3, "Mis tareas") y por diagnosticar (actividad 15, "Soporte técnico").
   */
  record Abiertas(
      List<Tarea> porAsignar,
      List<Tarea> porEvaluar,
      List<Tarea> porDiagnosticar,
      List<String> codigos) {
    int total() {
      return porAsignar.size() + porEvaluar.size() + porDiagnosticar.size();
    }
  }

  static final List<String> TECNICOS = List.of("tecnico1", "tecnico2");

  private final AtencionTicketAdapter atencion;
  private final CicloVidaEquipoAdapter cicloVida;
  private final RegistroEquipos equipos;
  private final IdentityService identidades;
  private final TaskService tareas;
  private final ManagementService gestion;

  Muestra(ApplicationContext contexto) {
    this.atencion = contexto.getBean(AtencionTicketAdapter.class);
    this.cicloVida = contexto.getBean(CicloVidaEquipoAdapter.class);
    this.equipos = contexto.getBean(RegistroEquipos.class);
    this.identidades = contexto.getBean(IdentityService.class);
    this.tareas = contexto.getBean(TaskService.class);
    this.gestion = contexto.getBean(ManagementService.class);
  }

  List<Cerrado> cerrados(int cantidad) {
    List<Cerrado> cerrados = new ArrayList<>();
    for (int i = 0; i < cantidad; i++) {
      String tecnico = TECNICOS.get(i % TECNICOS.size());
      AtencionTicketAdapter.TicketIniciado ticket = iniciar(i);
      asignar(ticket.processInstanceId(), tecnico);
      completar(
          tecnico,
          ticket.processInstanceId(),
          Elementos.EVALUAR_ATENCION,
          Map.of(Variables.MODO_ATENCION.nombre(), ModoAtencion.REMOTA.name()));
      Map<String, Object> atencionRemota = new HashMap<>();
      atencionRemota.put(Variables.SOLUCIONADO.nombre(), true);
      atencionRemota.put(Variables.CAMBIO_EQUIPO.nombre(), false);
      atencionRemota.put(
          Variables.DETALLE_ATENCION.nombre(),
          "Se desbloqueó la cuenta y se restableció la clave.");
      atencionRemota.put("remotoAprobacionUsuario", true);
      atencionRemota.put("validacionSolicitada", true);
      completar(tecnico, ticket.processInstanceId(), Elementos.ATENDER_REMOTO, atencionRemota);
      ejecutarJobs(ticket.processInstanceId());
      Map<String, Object> cierre = new HashMap<>();
      cierre.put(Variables.DEVOLUCION_EQUIPO.nombre(), false);
      cierre.put(Variables.EQUIPOS_DEVUELTOS.nombre(), null);
      completar(tecnico, ticket.processInstanceId(), Elementos.CERRAR_TICKET, cierre);
      cerrados.add(new Cerrado(ticket.codigo(), ticket.processInstanceId()));
    }
    return cerrados;
  }

  /**
   * Cuatro de cada diez por asignar, cuatro por evaluar (de los dos técnicos) y dos por
   * diagnosticar.
   */
  Abiertas abiertas(int cantidad) {
    List<Tarea> porAsignar = new ArrayList<>();
    List<Tarea> porEvaluar = new ArrayList<>();
    List<Tarea> porDiagnosticar = new ArrayList<>();
    List<String> codigos = new ArrayList<>();
    for (int i = 0; i < cantidad; i++) {
      int clase = i % 10;
      if (clase < 8) {
        AtencionTicketAdapter.TicketIniciado ticket = iniciar(i);
        codigos.add(ticket.codigo());
        if (clase < 4) {
          porAsignar.add(
              new Tarea(
                  tarea(ticket.processInstanceId(), Elementos.ASIGNAR_TECNICO).getId(),
                  "asistente"));
        } else {
          String tecnico = TECNICOS.get(i % TECNICOS.size());
          asignar(ticket.processInstanceId(), tecnico);
          porEvaluar.add(
              new Tarea(
                  tarea(ticket.processInstanceId(), Elementos.EVALUAR_ATENCION).getId(), tecnico));
        }
      } else {
        String codigo =
            "7408" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        equipos.darDeAlta(
            new NuevoEquipo(
                codigo, "CPU_LAPTOP", "HP", "ProDesk 400 G7", "MXL" + codigo, "Sede Central", null),
            "admin");
        EscenarioTicket.como(identidades, "tecnico1");
        try {
          String pi = cicloVida.iniciar(codigo, null);
          porDiagnosticar.add(
              new Tarea(
                  tareas.createTaskQuery().processInstanceId(pi).singleResult().getId(),
                  TECNICOS.get(i % TECNICOS.size())));
        } finally {
          identidades.clearAuthentication();
        }
      }
    }
    return new Abiertas(porAsignar, porEvaluar, porDiagnosticar, codigos);
  }

  private AtencionTicketAdapter.TicketIniciado iniciar(int i) {
    EscenarioTicket.como(identidades, "asistente");
    try {
      return atencion.iniciar(
          new SolicitudTicket(
              i % 3 == 0 ? "REQUERIMIENTO" : "INCIDENCIA",
              i % 2 == 0 ? "IMPRESORA" : "ACTIVE_DIRECTORY",
              "CORREO",
              "servidor" + (i % 400) + "@osce.gob.pe",
              "No puedo imprimir desde la oficina " + (i % 40),
              "La impresora del piso no responde desde esta mañana.",
              null));
    } finally {
      identidades.clearAuthentication();
    }
  }

  /** Actividad 2 y el correo al técnico: queda en su actividad 3. */
  private void asignar(String processInstanceId, String tecnico) {
    completar(
        "asistente",
        processInstanceId,
        Elementos.ASIGNAR_TECNICO,
        Map.of(Variables.TECNICO.nombre(), tecnico));
    ejecutarJobs(processInstanceId);
  }

  private void completar(
      String usuario, String processInstanceId, String actividad, Map<String, Object> variables) {
    Task tarea = tarea(processInstanceId, actividad);
    EscenarioTicket.como(identidades, usuario);
    try {
      tareas.complete(tarea.getId(), variables);
    } finally {
      identidades.clearAuthentication();
    }
  }

  private Task tarea(String processInstanceId, String actividad) {
    Task tarea =
        tareas
            .createTaskQuery()
            .processInstanceId(processInstanceId)
            .taskDefinitionKey(actividad)
            .singleResult();
    if (tarea == null) {
      throw new IllegalStateException(
          "El ticket " + processInstanceId + " no espera en " + actividad);
    }
    return tarea;
  }

  private void ejecutarJobs(String processInstanceId) {
    List<Job> jobs =
        gestion.createJobQuery().processInstanceId(processInstanceId).executable().list();
    while (!jobs.isEmpty()) {
      jobs.forEach(job -> gestion.executeJob(job.getId()));
      jobs = gestion.createJobQuery().processInstanceId(processInstanceId).executable().list();
    }
  }
}
