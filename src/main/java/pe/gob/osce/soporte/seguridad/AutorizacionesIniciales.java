package pe.gob.osce.soporte.seguridad;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.catalogo.Grupos;
import pe.gob.osce.soporte.comun.ArranqueExclusivo;

/**
 * Con las autorizaciones de Camunda activas, cada grupo ve y hace lo que el procedimiento le
 * asigna: la mesa de ayuda registra tickets, los técnicos atienden los suyos, la jefatura de la
 * UAST consolida cargos y la de OTI lo ve todo en Cockpit. Las tareas las ve quien es candidato o
 * responsable (permiso por defecto de Camunda). Los analistas despliegan versiones del
 * procedimiento. Quién inicia cada proceso lo declara cada parte ({@link InicioProceso}). Se crean
 * al iniciar si faltan.
 */
@Component
class AutorizacionesIniciales {

  private record Permiso(String grupo, Resource recurso, String id, List<Permission> permisos) {}

  private static final List<String> TRABAJO =
      List.of(Grupos.MESA_AYUDA, Grupos.SOPORTE_TECNICO, Grupos.JEFE_UAST, Grupos.JEFE_OTI);
  private static final List<Permission> LEER_PROCESO =
      List.of(
          ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.READ_INSTANCE,
          ProcessDefinitionPermissions.READ_HISTORY);
  private static final List<Permission> INICIAR =
      List.of(ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);

  private final AuthorizationService autorizaciones;
  private final ArranqueExclusivo arranque;
  private final List<InicioProceso> inicios;

  AutorizacionesIniciales(
      AuthorizationService autorizaciones,
      ArranqueExclusivo arranque,
      List<InicioProceso> inicios) {
    this.arranque = arranque;
    this.inicios = List.copyOf(inicios);
    this.autorizaciones = autorizaciones;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(2)
  void crearAutorizaciones() {
    arranque.ejecutar(this::crearAutorizacionesAhora);
  }

  private void crearAutorizacionesAhora() {
    for (Resource recurso : Resources.values()) {
      otorgar(new Permiso(Grupos.CAMUNDA_ADMIN, recurso, ANY, List.of(Permissions.ALL)));
    }
    for (String grupo : TRABAJO) {
      otorgar(new Permiso(grupo, Resources.APPLICATION, "tasklist", List.of(Permissions.ACCESS)));
      otorgar(new Permiso(grupo, Resources.USER, ANY, List.of(Permissions.READ)));
      otorgar(new Permiso(grupo, Resources.GROUP, ANY, List.of(Permissions.READ)));
      otorgar(new Permiso(grupo, Resources.PROCESS_INSTANCE, ANY, List.of(Permissions.CREATE)));
      // Tasklist muestra el nombre del proceso de cada tarea; iniciar sigue siendo por proceso.
      otorgar(
          new Permiso(
              grupo,
              Resources.PROCESS_DEFINITION,
              ANY,
              List.of(ProcessDefinitionPermissions.READ)));
    }
    // Quién inicia cada proceso lo declara su parte (beans InicioProceso de ticket, cargo, equipo,
    // mantenimiento).
    for (InicioProceso inicio : inicios) {
      for (String grupo : inicio.grupos()) {
        otorgar(new Permiso(grupo, Resources.PROCESS_DEFINITION, inicio.proceso(), INICIAR));
      }
    }
    for (String jefatura : List.of(Grupos.JEFE_UAST, Grupos.JEFE_OTI)) {
      otorgar(new Permiso(jefatura, Resources.APPLICATION, "cockpit", List.of(Permissions.ACCESS)));
      otorgar(new Permiso(jefatura, Resources.PROCESS_DEFINITION, ANY, LEER_PROCESO));
      otorgar(new Permiso(jefatura, Resources.PROCESS_INSTANCE, ANY, List.of(Permissions.READ)));
      otorgar(new Permiso(jefatura, Resources.TASK, ANY, List.of(Permissions.READ)));
      otorgar(new Permiso(jefatura, Resources.DEPLOYMENT, ANY, List.of(Permissions.READ)));
      // La tabla de metas del indicador (bpmn/metaAtencion.dmn), visible en "Decisiones" de
      // Cockpit.
      otorgar(
          new Permiso(
              jefatura,
              Resources.DECISION_DEFINITION,
              ANY,
              List.of(Permissions.READ, Permissions.READ_HISTORY)));
      otorgar(
          new Permiso(
              jefatura,
              Resources.DECISION_REQUIREMENTS_DEFINITION,
              ANY,
              List.of(Permissions.READ)));
    }
    // Los analistas despliegan desde Camunda Modeler y leen modelos y despliegues; ningún ticket,
    // equipo ni correo.
    otorgar(
        new Permiso(
            Grupos.ANALISTAS,
            Resources.DEPLOYMENT,
            ANY,
            List.of(Permissions.CREATE, Permissions.READ)));
    otorgar(
        new Permiso(
            Grupos.ANALISTAS,
            Resources.PROCESS_DEFINITION,
            ANY,
            List.of(ProcessDefinitionPermissions.READ)));
    otorgar(
        new Permiso(
            Grupos.ANALISTAS, Resources.DECISION_DEFINITION, ANY, List.of(Permissions.READ)));
    otorgar(
        new Permiso(
            Grupos.ANALISTAS,
            Resources.DECISION_REQUIREMENTS_DEFINITION,
            ANY,
            List.of(Permissions.READ)));
  }

  /** Crea la autorización del grupo sobre el recurso, o le suma los permisos que le falten. */
  private void otorgar(Permiso p) {
    Authorization autorizacion =
        autorizaciones
            .createAuthorizationQuery()
            .groupIdIn(p.grupo())
            .resourceType(p.recurso())
            .resourceId(p.id())
            .authorizationType(AUTH_TYPE_GRANT)
            .singleResult();
    if (autorizacion == null) {
      autorizacion = autorizaciones.createNewAuthorization(AUTH_TYPE_GRANT);
      autorizacion.setGroupId(p.grupo());
      autorizacion.setResource(p.recurso());
      autorizacion.setResourceId(p.id());
    } else if (p.permisos().stream().allMatch(autorizacion::isPermissionGranted)) {
      return;
    }
    p.permisos().forEach(autorizacion::addPermission);
    autorizaciones.saveAuthorization(autorizacion);
  }
}
