package pe.gob.osce.soporte.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import pe.gob.osce.soporte.PruebaIntegracion;

/**
 * Los formularios HTML embebidos los sirve el servicio: Tasklist los pide a {@code
 * /formularios/...} con la clave del modelo, sin que vayan en el despliegue (Camunda Modeler
 * despliega el BPMN solo).
 */
class FormulariosEmbebidosTest extends PruebaIntegracion {

  @Autowired TestRestTemplate http;
  @Autowired RepositoryService repositorio;

  @Test
  void tasklistEncuentraElFormularioQueNombraElModeloVigente() {
    ProcessDefinition atencion =
        repositorio
            .createProcessDefinitionQuery()
            .processDefinitionKey("atencionTicket")
            .latestVersion()
            .singleResult();
    String clave = motor.getFormService().getTaskFormKey(atencion.getId(), "A11_GuardarCargo");
    assertThat(clave).isEqualTo("embedded:/formularios/A11_GuardarCargo.html");

    ResponseEntity<String> formulario =
        http.getForEntity(clave.substring("embedded:".length()), String.class);

    assertThat(formulario.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(formulario.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML))
        .isTrue();
    assertThat(formulario.getBody()).contains("cam-variable-name");
    assertThat(formulario.getHeaders().getCacheControl()).contains("must-revalidate");
  }

  @Test
  void soloSirveLosHtmlDeLaCarpetaForms() {
    assertThat(
            http.getForEntity("/formularios/A12_CerrarTicket.form", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(http.getForEntity("/formularios/Inexistente.html", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<String> fuera =
        http.getForEntity(
            URI.create(http.getRootUri() + "/formularios/..%2Fapplication.yaml"), String.class);
    assertThat(fuera.getStatusCode()).isNotEqualTo(HttpStatus.OK);
  }
}
