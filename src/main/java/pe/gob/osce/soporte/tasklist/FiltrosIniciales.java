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
 * alguien editó en Tasklist no se pisa; solo se completan sus permisos. Un filtro que conserva
 * intacta la consulta de una versión anterior de este servicio ({@link #consultasAnteriores()}) se
 * pone al día.
 */
@Component
class FiltrosIniciales {

  static final String MIS_TAREAS = "Mis tareas";
  static final String POR_ASIGNAR_MESA = "Por asignar – Mesa de Ayuda";
  static final String SOPORTE_TECNICO = "Soporte técnico";
  static final String JEFATURA_UAST = "Jefatura UAST";
  static final String JEFATURA_OTI = "Jefatura OTI";
  static final String VENCEN_HOY = "Vencen hoy";
  static final String VENCEN_HOY_UNIDAD = "Vencen hoy – toda la unidad";

  private static final String HASTA_MEDIANOCHE =
      "${dateTime().withTimeAtStartOfDay().plusDays(1).toDate()}";

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
    Map<String, TaskQuery> anteriores = consultasAnteriores();
    for (Definicion definicion : definiciones()) {
      Filter filtro = filtros.createFilterQuery().filterName(definicion.nombre()).singleResult();
      if (filtro == null) {
        filtro =
            filtros
                .newTaskFilter(definicion.nombre())
                .setQuery(definicion.consulta())
                .setProperties(propiedades(definicion));
        filtros.saveFilter(filtro);
      } else if (ConsultaFiltro.misma(filtro.getQuery(), anteriores.get(definicion.nombre()))) {
        filtro.setQuery(definicion.consulta());
        Map<String, Object> propiedades = new LinkedHashMap<>(filtro.getProperties());
        propiedades.put("description", definicion.descripcion());
        filtro.setProperties(propiedades);
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
        // Las de cada uno y las de sus grupos: las mismas que le dejan ver sus permisos,
        // pero el motor los comprueba solo en ellas y no en todas las que vencen en la
        // unidad (con dos mil tareas abiertas, la lista en PostgreSQL de 46 a 29 ms).
        new Definicion(
            VENCEN_HOY,
            "Mis tareas y las de mis grupos, atrasadas o que vencen antes de la medianoche",
            4,
            "#b71c1c",
            tareas
                .createTaskQuery()
                .dueBeforeExpression(HASTA_MEDIANOCHE)
                .or()
                .taskCandidateUserExpression("${currentUser()}")
                .includeAssignedTasks()
                .taskAssigneeExpression("${currentUser()}")
                .endOr()
                .orderByDueDate()
                .asc(),
            TODOS),
        // Las jefaturas leen todas las tareas: su vista de lo que vence en toda la unidad.
        new Definicion(
            VENCEN_HOY_UNIDAD,
            "Todas las tareas de la unidad atrasadas o que vencen antes de la medianoche",
            5,
            "#880e4f",
            vencenHoyEnTodaLaUnidad(),
            List.of(Grupos.JEFE_UAST, Grupos.JEFE_OTI)));
  }

  private TaskQuery vencenHoyEnTodaLaUnidad() {
    return tareas.createTaskQuery().dueBeforeExpression(HASTA_MEDIANOCHE).orderByDueDate().asc();
  }

  /**
   * Consultas con que versiones anteriores crearon un filtro: si el filtro guardado sigue igual (no
   * lo editó nadie), se cambia por la de ahora.
   */
  private Map<String, TaskQuery> consultasAnteriores() {
    // Hasta el 03/12/2026 "Vencen hoy" reunía todas las tareas que vencen y dejaba a las
    // autorizaciones el descarte, tarea por tarea.
    return Map.of(VENCEN_HOY, vencenHoyEnTodaLaUnidad());
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
