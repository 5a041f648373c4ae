package pe.gob.osce.soporte.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.DatosInvalidosException;

/**
 * Lo que se despliega (desde Camunda Modeler, la API REST o al arrancar) se revisa antes de
 * aceptarlo ({@link RevisionModelos}): un deployer previo a los de Camunda, en la misma
 * transacción, así que un modelo con problemas no deja nada desplegado. Los problemas salen como
 * {@link DatosInvalidosException}, un mensaje por problema; {@code /engine-rest/deployment/create}
 * responde 400 (ver {@link RestCamundaConfig}).
 */
@Component
class RevisionModelosPlugin extends AbstractProcessEnginePlugin {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final BeanFactory beans;

  RevisionModelosPlugin(BeanFactory beans) {
    this.beans = beans;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuracion) {
    RevisionModelos revision = new RevisionModelos(beans);
    List<Deployer> previos = new ArrayList<>();
    if (configuracion.getCustomPreDeployers() != null) {
      previos.addAll(configuracion.getCustomPreDeployers());
    }
    previos.add(despliegue -> revisar(revision, despliegue));
    configuracion.setCustomPreDeployers(previos);
  }

  private static void revisar(RevisionModelos revision, DeploymentEntity despliegue) {
    // Al recargar la caché el motor vuelve a pasar por los deployers un despliegue ya aceptado.
    if (!despliegue.isNew() || despliegue.getResources() == null) {
      return;
    }
    Map<String, ResourceEntity> recursos = despliegue.getResources();
    Set<String> formularios = new HashSet<>();
    recursos.values().stream()
        .filter(r -> r.getName().endsWith(".form"))
        .forEach(r -> formularios.add(idFormulario(r)));
    Map<String, String> errores = new LinkedHashMap<>();
    for (ResourceEntity recurso : recursos.values()) {
      if (recurso.getName().endsWith(".bpmn") || recurso.getName().endsWith(".bpmn20.xml")) {
        for (RevisionModelos.Problema p :
            revision.revisar(
                recurso.getName(),
                recurso.getBytes(),
                formularios,
                recursos.keySet(),
                RevisionModelosPlugin::formularioAnterior)) {
          String donde =
              p.elemento().isBlank() ? p.recurso() : p.recurso() + " (" + p.elemento() + ")";
          String clave = donde;
          for (int n = 2; errores.containsKey(clave); n++) {
            clave = donde + " #" + n;
          }
          errores.put(clave, p.mensaje());
        }
      }
    }
    if (!errores.isEmpty()) {
      throw new DatosInvalidosException(errores);
    }
  }

  private static boolean formularioAnterior(String id) {
    return Context.getCommandContext()
            .getCamundaFormDefinitionManager()
            .findLatestDefinitionByKey(id)
        != null;
  }

  private static String idFormulario(ResourceEntity recurso) {
    try {
      return JSON.readTree(recurso.getBytes()).path("id").asText("");
    } catch (IOException e) {
      throw DatosInvalidosException.deCampo(
          recurso.getName(), "no es un formulario de Camunda legible (JSON)");
    }
  }
}
