package pe.gob.osce.soporte.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import pe.gob.osce.soporte.PruebaIntegracion;

/**
 * Reiniciar no reemplaza la versión de un analista, salvo que el modelo empaquetado haya cambiado.
 */
@ExtendWith(OutputCaptureExtension.class)
class DespliegueModelosTest extends PruebaIntegracion {

  @Autowired DespliegueModelos despliegue;
  @Autowired RepositoryService repositorio;
  @Autowired TestRestTemplate http;

  private Set<String> previos;

  @BeforeEach
  void anotarDespliegues() {
    previos =
        repositorio.createDeploymentQuery().list().stream()
            .map(Deployment::getId)
            .collect(Collectors.toSet());
  }

  @AfterEach
  void borrarDespliegues() {
    repositorio.createDeploymentQuery().list().stream()
        .filter(d -> !previos.contains(d.getId()))
        .forEach(d -> repositorio.deleteDeployment(d.getId(), true));
  }

  private ProcessDefinition vigente(String clave) {
    return repositorio
        .createProcessDefinitionQuery()
        .processDefinitionKey(clave)
        .latestVersion()
        .singleResult();
  }

  private String fuente(ProcessDefinition definicion) {
    return repositorio
        .createDeploymentQuery()
        .deploymentId(definicion.getDeploymentId())
        .singleResult()
        .getSource();
  }

  private void desplegarComoAnalista() {
    String modelo =
        DesdeModeler.recurso("bpmn/atencionTicket.bpmn")
            .replace("camunda:formRefBinding=\"deployment\"", "camunda:formRefBinding=\"latest\"");
    assertThat(
            DesdeModeler.desplegar(
                    http, "analista", "atencionTicket", Map.of("atencionTicket.bpmn", modelo))
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void sinCambiosEmpaquetadosLaVersionDelAnalistaSigueVigente() {
    assertThat(despliegue.desplegar(DespliegueModelos.empaquetados())).isEmpty();
    desplegarComoAnalista();
    ProcessDefinition delAnalista = vigente("atencionTicket");
    assertThat(fuente(delAnalista)).isEqualTo("Camunda Modeler");

    assertThat(despliegue.desplegar(DespliegueModelos.empaquetados())).isEmpty();

    assertThat(vigente("atencionTicket").getId()).isEqualTo(delAnalista.getId());
  }

  @Test
  void siElEmpaquetadoCambioGanaYElRegistroDiceQueVersionReemplazo(CapturedOutput salida) {
    desplegarComoAnalista();
    ProcessDefinition delAnalista = vigente("atencionTicket");
    ProcessDefinition cicloVida = vigente("cicloVidaEquipo");
    Map<String, byte[]> nuevos = new LinkedHashMap<>(DespliegueModelos.empaquetados());
    String cambiado =
        new String(nuevos.get("bpmn/atencionTicket.bpmn"), StandardCharsets.UTF_8)
            + "<!-- versión 02 -->\n";
    nuevos.put("bpmn/atencionTicket.bpmn", cambiado.getBytes(StandardCharsets.UTF_8));

    Deployment hecho = despliegue.desplegar(nuevos).orElseThrow();

    assertThat(vigente("atencionTicket").getDeploymentId()).isEqualTo(hecho.getId());
    assertThat(vigente("atencionTicket").getVersion()).isEqualTo(delAnalista.getVersion() + 1);
    // Solo el modelo que cambió (con sus formularios): los demás procesos siguen en su versión.
    assertThat(vigente("cicloVidaEquipo").getId()).isEqualTo(cicloVida.getId());
    assertThat(repositorio.getDeploymentResourceNames(hecho.getId()))
        .contains("bpmn/atencionTicket.bpmn", "forms/A12_CerrarTicket.form")
        .doesNotContain("bpmn/cicloVidaEquipo.bpmn", "forms/A11_GuardarCargo.html");
    assertThat(salida.getOut())
        .contains(
            "El modelo empaquetado de atencionTicket cambió y reemplaza a la versión "
                + delAnalista.getVersion());
    // Un segundo arranque con el mismo jar ya no despliega nada.
    assertThat(despliegue.desplegar(nuevos)).isEmpty();
    assertThat(List.of(vigente("atencionTicket").getDeploymentId())).containsExactly(hecho.getId());
  }
}
