package pe.gob.osce.soporte.config;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Despliega los modelos de {@code bpmn/} y los formularios de {@code forms/} con nombres estables
 * ("forms/A11_GuardarCargo.html"). El autodespliegue del starter los nombra con la ruta absoluta
 * del disco, o solo con el nombre del archivo dentro del jar, y entonces Tasklist no encuentra el
 * formulario embebido {@code embedded:deployment:forms/...}. Solo se crea un despliegue nuevo si
 * algún archivo cambió.
 */
@Component
class DespliegueModelos implements InitializingBean {

  static final String NOMBRE = "soporte-ti";
  private static final List<String> PATRONES =
      List.of("bpmn/*.bpmn", "bpmn/*.dmn", "forms/*.form", "forms/*.html");
  private static final Logger LOG = LoggerFactory.getLogger(DespliegueModelos.class);

  private final RepositoryService repositorio;

  DespliegueModelos(RepositoryService repositorio) {
    this.repositorio = repositorio;
  }

  @Override
  public void afterPropertiesSet() throws IOException {
    PathMatchingResourcePatternResolver recursos = new PathMatchingResourcePatternResolver();
    DeploymentBuilder despliegue = repositorio.createDeployment()
        .name(NOMBRE)
        .source(NOMBRE)
        .enableDuplicateFiltering(false);
    for (String patron : PATRONES) {
      String carpeta = patron.substring(0, patron.indexOf('/') + 1);
      for (Resource recurso : recursos.getResources("classpath*:" + patron)) {
        try (InputStream entrada = recurso.getInputStream()) {
          despliegue.addInputStream(carpeta + recurso.getFilename(), new ByteArrayInputStream(entrada.readAllBytes()));
        }
      }
    }
    Deployment hecho = despliegue.deploy();
    LOG.info("Modelos y formularios desplegados: {} ({} recursos)", hecho.getId(), despliegue.getResourceNames().size());
  }
}
