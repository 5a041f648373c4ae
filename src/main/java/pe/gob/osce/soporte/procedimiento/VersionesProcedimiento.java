package pe.gob.osce.soporte.procedimiento;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Service;

/** Las versiones desplegadas de cada proceso, cuál rige y cuántas instancias corren en cada una. */
@Service
class VersionesProcedimiento {

  /**
   * Una versión: número de Camunda, etiqueta del procedimiento ({@code camunda:versionTag}) y su
   * despliegue.
   */
  public record Version(
      String id,
      int version,
      String etiqueta,
      Instant desplegada,
      String fuente,
      String despliegue,
      boolean vigente,
      long instancias) {}

  public record Proceso(String proceso, String nombre, List<Version> versiones) {}

  private final RepositoryService repositorio;
  private final RuntimeService ejecucion;

  VersionesProcedimiento(RepositoryService repositorio, RuntimeService ejecucion) {
    this.repositorio = repositorio;
    this.ejecucion = ejecucion;
  }

  public List<Proceso> procesos() {
    Map<String, List<ProcessDefinition>> porClave = new LinkedHashMap<>();
    repositorio
        .createProcessDefinitionQuery()
        .orderByProcessDefinitionKey()
        .asc()
        .orderByProcessDefinitionVersion()
        .asc()
        .list()
        .forEach(d -> porClave.computeIfAbsent(d.getKey(), k -> new ArrayList<>()).add(d));
    List<Proceso> procesos = new ArrayList<>();
    porClave.forEach((clave, definiciones) -> procesos.add(proceso(clave, definiciones)));
    return procesos;
  }

  private Proceso proceso(String clave, List<ProcessDefinition> definiciones) {
    int ultima = definiciones.stream().mapToInt(ProcessDefinition::getVersion).max().orElse(0);
    List<Version> versiones = new ArrayList<>();
    String nombre = null;
    for (ProcessDefinition d : definiciones) {
      Deployment despliegue =
          repositorio.createDeploymentQuery().deploymentId(d.getDeploymentId()).singleResult();
      versiones.add(
          new Version(
              d.getId(),
              d.getVersion(),
              d.getVersionTag(),
              despliegue.getDeploymentTime().toInstant(),
              despliegue.getSource(),
              despliegue.getName(),
              d.getVersion() == ultima,
              ejecucion.createProcessInstanceQuery().processDefinitionId(d.getId()).count()));
      nombre = d.getName();
    }
    versiones.sort(Comparator.comparingInt(Version::version));
    return new Proceso(clave, nombre, versiones);
  }
}
