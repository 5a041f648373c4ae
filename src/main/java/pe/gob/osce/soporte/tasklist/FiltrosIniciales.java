package pe.gob.osce.soporte.tasklist;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.catalogo.Grupos;
import pe.gob.osce.soporte.comun.ArranqueExclusivo;

/**
 * Tasklist organizada por rol: los filtros del procedimiento se crean al iniciar si faltan, y cada
 * uno lo ve solo el grupo al que le concierne (autorización READ sobre el filtro). Un filtro que
 * alguien editó en Tasklist no se pisa; solo se completan sus permisos.
 */
@Component
class FiltrosIniciales {

  static final String MIS_TAREAS = "Mis tareas";
  static final String POR_ASIGNAR_MESA = "Por asignar – Mesa de Ayuda";
  static final String SOPORTE_TECNICO = "Soporte técnico";
  static final String JEFATURA_UAST = "Jefatura UAST";
  static final String JEFATURA_OTI = "Jefatura OTI";
  static final String VENCEN_HOY = "Vencen hoy";

  private static final List<String> TODOS =
      List.of(Grupos.MESA_AYUDA, Grupos.SOPORTE_TECNICO, Grupos.JEFE_UAST, Grupos.JEFE_OTI);

  private record Definicion(
      String nombre,
      String descripcion,
      int prioridad,
      String color,
      TaskQuery consulta,
      List<String> grupos) {}

  private final FilterService filtros;
  private final TaskService tareas;
  private final AuthorizationService autorizaciones;
  private final ArranqueExclusivo arranque;

  FiltrosIniciales(
      FilterService filtros,
      TaskService tareas,
      AuthorizationService autorizaciones,
      ArranqueExclusivo arranque) {
    this.arranque = arranque;
    this.filtros = filtros;
    this.tareas = tareas;
    this.autorizaciones = autorizaciones;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(4)
  void crearFiltros() {
    arranque.ejecutar(this::crearFiltrosAhora);
  }

  private void crearFiltrosAhora() {
    retirarLecturaDeTodosLosFiltros();
    for (Definicion definicion : definiciones()) {
      Filter filtro = filtros.createFilterQuery().filterName(definicion.nombre()).singleResult();
      if (filtro == null) {
        filtro =
            filtros
                .newTaskFilter(definicion.nombre())
                .setQuery(definicion.consulta())
                .setProperties(propiedades(definicion));
        filtros.saveFilter(filtro);
      }
      for (String grupo : definicion.grupos()) {
        permitirLeer(grupo, filtro.getId());
      }
    }
  }

  private List<Definicion> definiciones() {
    return List.of(
        new Definicion(
            MIS_TAREAS,
            "Las tareas de las que soy responsable",
            -10,
            "#2e7d32",
            tareas
                .createTaskQuery()
                .taskAssigneeExpression("${currentUser()}")
                .orderByDueDate()
                .asc(),
            TODOS),
        new Definicion(
            POR_ASIGNAR_MESA,
            "Pedidos de la Mesa de Ayuda que nadie ha tomado",
            0,
            "#1565c0",
            tareas
                .createTaskQuery()
                .taskCandidateGroup(Grupos.MESA_AYUDA)
                .taskUnassigned()
                .orderByDueDate()
                .asc(),
            List.of(Grupos.MESA_AYUDA, Grupos.JEFE_UAST)),
        new Definicion(
            SOPORTE_TECNICO,
            "Equipos y tareas del grupo Soporte Técnico",
            1,
            "#6a1b9a",
            tareas
                .createTaskQuery()
                .taskCandidateGroup(Grupos.SOPORTE_TECNICO)
                .includeAssignedTasks()
                .orderByDueDate()
                .asc(),
            List.of(Grupos.SOPORTE_TECNICO, Grupos.JEFE_UAST)),
        new Definicion(
            JEFATURA_UAST,
            "Tareas de la jefatura de la UAST",
            2,
            "#ef6c00",
            tareas
                .createTaskQuery()
                .taskCandidateGroup(Grupos.JEFE_UAST)
                .includeAssignedTasks()
                .orderByDueDate()
                .asc(),
            List.of(Grupos.JEFE_UAST)),
        new Definicion(
            JEFATURA_OTI,
            "Tareas de la jefatura de OTI",
            3,
            "#c62828",
            tareas
                .createTaskQuery()
                .taskCandidateGroup(Grupos.JEFE_OTI)
                .includeAssignedTasks()
                .orderByDueDate()
                .asc(),
            List.of(Grupos.JEFE_OTI)),
        new Definicion(
            VENCEN_HOY,
            "Tareas atrasadas o que vencen antes de la medianoche",
            4,
            "#b71c1c",
            tareas
                .createTaskQuery()
                .dueBeforeExpression("${dateTime().withTimeAtStartOfDay().plusDays(1).toDate()}")
                .orderByDueDate()
                .asc(),
            TODOS));
  }

  private static Map<String, Object> propiedades(Definicion definicion) {
    Map<String, Object> propiedades = new LinkedHashMap<>();
    propiedades.put("description", definicion.descripcion());
    propiedades.put("priority", definicion.prioridad());
    propiedades.put("color", definicion.color());
    propiedades.put("refresh", true);
    return propiedades;
  }

  private void permitirLeer(String grupo, String filtro) {
    long existentes =
        autorizaciones
            .createAuthorizationQuery()
            .groupIdIn(grupo)
            .resourceType(Resources.FILTER)
            .resourceId(filtro)
            .hasPermission(Permissions.READ)
            .count();
    if (existentes == 0) {
      Authorization lectura = autorizaciones.createNewAuthorization(AUTH_TYPE_GRANT);
      lectura.setGroupId(grupo);
      lectura.setResource(Resources.FILTER);
      lectura.setResourceId(filtro);
      lectura.addPermission(Permissions.READ);
      autorizaciones.saveAuthorization(lectura);
    }
  }

  /** Antes cada grupo leía todos los filtros (FILTER *); ahora cada filtro dice quién lo ve. */
  private void retirarLecturaDeTodosLosFiltros() {
    autorizaciones
        .createAuthorizationQuery()
        .groupIdIn(TODOS.toArray(String[]::new))
        .resourceType(Resources.FILTER)
        .resourceId(ANY)
        .list()
        .forEach(autorizacion -> autorizaciones.deleteAuthorization(autorizacion.getId()));
  }
}
