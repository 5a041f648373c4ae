package pe.gob.osce.soporte.procedimiento;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;
import pe.gob.osce.soporte.comun.DatosInvalidosException;

/**
 * Mueve las instancias en curso de las versiones anteriores de un proceso a la vigente: los ids
 * iguales se mapean solos y los renombrados con {@code bpmn/migraciones.properties}. Los
 * temporizadores conservan su vencimiento (no se recalculan los disparadores) y los registros no se
 * tocan. Se migra como lote de Camunda (executeAsync): miles de instancias no ocupan una sola
 * transacción.
 */
@Service
class MigracionProcedimiento {

  static final String RENOMBRADOS = "bpmn/migraciones.properties";

  /**
   * Una instancia que no puede moverse: su ticket, su versión, el elemento donde espera y por qué.
   */
  public record Pendiente(
      String instancia, String ticket, int version, String elemento, String motivo) {}

  public record Resultado(int migradas, List<Pendiente> pendientes, List<String> lotes) {}

  private record Paso(ProcessDefinition origen, MigrationPlan plan, List<String> instancias) {}

  private final RepositoryService repositorio;
  private final RuntimeService ejecucion;

  MigracionProcedimiento(RepositoryService repositorio, RuntimeService ejecucion) {
    this.repositorio = repositorio;
    this.ejecucion = ejecucion;
  }

  /**
   * Con {@code simulacion} solo informa; si no, migra solo si todas pueden moverse (si no, devuelve
   * las pendientes).
   */
  public Resultado migrar(String proceso, boolean simulacion) {
    if (proceso == null || proceso.isBlank()) {
      throw DatosInvalidosException.deCampo(
          "proceso", "Indique la clave del proceso, por ejemplo atencionTicket.");
    }
    ProcessDefinition vigente =
        repositorio
            .createProcessDefinitionQuery()
            .processDefinitionKey(proceso)
            .latestVersion()
            .singleResult();
    if (vigente == null) {
      throw DatosInvalidosException.deCampo(
          "proceso", "No hay un proceso desplegado con la clave " + proceso + ".");
    }
    Map<Object, Object> renombrados = renombrados();
    List<Paso> pasos = new ArrayList<>();
    List<Pendiente> pendientes = new ArrayList<>();
    int movibles = 0;
    for (ProcessDefinition origen :
        repositorio
            .createProcessDefinitionQuery()
            .processDefinitionKey(proceso)
            .orderByProcessDefinitionVersion()
            .asc()
            .list()) {
      List<ProcessInstance> enCurso =
          origen.getId().equals(vigente.getId())
              ? List.of()
              : ejecucion.createProcessInstanceQuery().processDefinitionId(origen.getId()).list();
      if (enCurso.isEmpty()) {
        continue;
      }
      MigrationPlan plan;
      try {
        plan = plan(origen, vigente, renombrados);
      } catch (MigrationPlanValidationException e) {
        enCurso.forEach(
            i ->
                pendientes.add(
                    new Pendiente(
                        i.getId(),
                        i.getBusinessKey(),
                        origen.getVersion(),
                        null,
                        "El plan de la versión "
                            + origen.getVersion()
                            + " no es válido: "
                            + e.getMessage())));
        continue;
      }
      Set<String> mapeados = new LinkedHashSet<>();
      plan.getInstructions().forEach(i -> mapeados.add(i.getSourceActivityId()));
      List<String> movibleAqui = new ArrayList<>();
      for (ProcessInstance instancia : enCurso) {
        List<String> sinDestino =
            activos(instancia.getId()).stream().filter(a -> !mapeados.contains(a)).toList();
        if (sinDestino.isEmpty()) {
          movibleAqui.add(instancia.getId());
        } else {
          sinDestino.forEach(
              a ->
                  pendientes.add(
                      new Pendiente(
                          instancia.getId(),
                          instancia.getBusinessKey(),
                          origen.getVersion(),
                          a,
                          "El elemento "
                              + a
                              + " no existe en la versión "
                              + vigente.getVersion()
                              + " y no está en "
                              + RENOMBRADOS
                              + ".")));
        }
      }
      movibles += movibleAqui.size();
      pasos.add(new Paso(origen, plan, movibleAqui));
    }
    if (simulacion || !pendientes.isEmpty()) {
      return new Resultado(movibles, pendientes, List.of());
    }
    List<String> lotes = new ArrayList<>();
    for (Paso paso : pasos) {
      lotes.add(
          ejecucion
              .newMigration(paso.plan())
              .processInstanceIds(paso.instancias())
              .executeAsync()
              .getId());
    }
    return new Resultado(movibles, List.of(), lotes);
  }

  private MigrationPlan plan(
      ProcessDefinition origen, ProcessDefinition destino, Map<Object, Object> renombrados) {
    Set<String> idsOrigen = ids(origen);
    Set<String> idsDestino = ids(destino);
    MigrationPlanBuilder plan =
        ejecucion.createMigrationPlan(origen.getId(), destino.getId()).mapEqualActivities();
    renombrados.forEach(
        (clave, nuevo) -> {
          String prefijo = origen.getKey() + ".";
          String anterior = clave.toString();
          if (anterior.startsWith(prefijo)) {
            String id = anterior.substring(prefijo.length());
            if (idsOrigen.contains(id)
                && !idsDestino.contains(id)
                && idsDestino.contains(nuevo.toString())) {
              plan.mapActivities(id, nuevo.toString());
            }
          }
        });
    return plan.build();
  }

  private Set<String> ids(ProcessDefinition definicion) {
    BpmnModelInstance modelo = repositorio.getBpmnModelInstance(definicion.getId());
    Set<String> ids = new LinkedHashSet<>();
    modelo.getModelElementsByType(FlowNode.class).forEach(n -> ids.add(n.getId()));
    return ids;
  }

  /**
   * Los elementos donde la instancia está (tareas, eventos, compuertas de eventos, continuaciones).
   */
  private List<String> activos(String instancia) {
    List<String> activos = new ArrayList<>();
    recorrer(ejecucion.getActivityInstance(instancia), activos);
    return activos;
  }

  private static void recorrer(ActivityInstance actividad, List<String> activos) {
    for (ActivityInstance hija : actividad.getChildActivityInstances()) {
      activos.add(hija.getActivityId());
      recorrer(hija, activos);
    }
    for (TransitionInstance transicion : actividad.getChildTransitionInstances()) {
      activos.add(transicion.getActivityId());
    }
  }

  /**
   * Todos los {@value #RENOMBRADOS} del classpath (el de los modelos y, en las pruebas, el de
   * prueba).
   */
  private static Map<Object, Object> renombrados() {
    Properties propiedades = new Properties();
    try {
      for (Resource archivo :
          new PathMatchingResourcePatternResolver().getResources("classpath*:" + RENOMBRADOS)) {
        try (InputStream entrada = archivo.getInputStream()) {
          propiedades.load(entrada);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return propiedades;
  }
}
