package pe.gob.osce.soporte.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import pe.gob.osce.soporte.PruebaIntegracion;

/**
 * Lo que el analista despliega se revisa antes de aceptarlo: un mensaje por problema y nada
 * desplegado.
 */
class RevisionModelosTest extends PruebaIntegracion {

  @Autowired TestRestTemplate http;
  @Autowired RepositoryService repositorio;

  @AfterEach
  void borrarDespliegues() {
    repositorio
        .createDeploymentQuery()
        .deploymentSource("Camunda Modeler")
        .list()
        .forEach(d -> repositorio.deleteDeployment(d.getId(), true));
  }

  /**
   * El modelo empaquetado, con los formularios enlazados a la última versión (como lo editaría el
   * analista).
   */
  private static String atencionTicket() {
    return DesdeModeler.recurso("bpmn/atencionTicket.bpmn")
        .replace("camunda:formRefBinding=\"deployment\"", "camunda:formRefBinding=\"latest\"");
  }

  private long versiones() {
    return repositorio
        .createProcessDefinitionQuery()
        .processDefinitionKey("atencionTicket")
        .count();
  }

  /**
   * Camunda Modeler envía el BPMN solo: los formularios de Camunda salen de despliegues anteriores
   * (binding latest) y los HTML embebidos los sirve el servicio (embedded:/formularios/...).
   */
  @Test
  void unModeloSinSusFormulariosUsaLosDeDesplieguesAnteriores() {
    long antes = versiones();
    assertThat(atencionTicket())
        .contains("camunda:formKey=\"embedded:/formularios/A11_GuardarCargo.html\"");
    ResponseEntity<Map> respuesta =
        DesdeModeler.desplegar(
            http, "analista", "atencionTicket", Map.of("atencionTicket.bpmn", atencionTicket()));

    assertThat(respuesta.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(versiones()).isEqualTo(antes + 1);
  }

  @Test
  void unModeloConProblemasSeRechazaConUnMensajePorProblemaYNadaSeDespliega() {
    String modelo =
        atencionTicket()
            .replace(" camunda:historyTimeToLive=\"P1825D\"", "")
            .replace("${acusarReciboDelegate}", "${acuseInexistenteDelegate}")
            .replaceFirst("\\$\\{clasificarTicketListener\\}", "\\${listenerInexistente}")
            .replace("\"Form_A12_CerrarTicket\"", "\"Form_Inexistente\"")
            .replace("\"A04_AtenderRemoto\"", "\"A04_AtenderADistancia\"")
            .replace(">A04_AtenderRemoto<", ">A04_AtenderADistancia<")
            .replace(
                "embedded:/formularios/A11_GuardarCargo.html",
                "embedded:/formularios/A11_Inexistente.html");
    long antes = versiones();
    long despliegues = repositorio.createDeploymentQuery().count();

    ResponseEntity<Map> respuesta =
        DesdeModeler.desplegar(
            http, "analista", "atencionTicket", Map.of("atencionTicket.bpmn", modelo));

    assertThat(respuesta.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) respuesta.getBody().get("message"))
        .contains(
            "atencionTicket.bpmn (atencionTicket): el proceso no tiene tiempo de vida del historial",
            "el delegate ${acuseInexistenteDelegate} no existe en el servicio",
            "A01_ClasificarTicket): el listener ${listenerInexistente} no existe en el servicio",
            "A12_CerrarTicket): el formulario Form_Inexistente no existe ni en este despliegue ni en uno anterior",
            "(A04_AtenderRemoto): falta el elemento A04_AtenderRemoto, del que depende el servicio",
            "(A11_GuardarCargo): el formulario embebido /formularios/A11_Inexistente.html no existe en el servicio");
    assertThat(versiones()).isEqualTo(antes);
    assertThat(repositorio.createDeploymentQuery().count()).isEqualTo(despliegues);
  }

  @Test
  void unFormularioDeBindingDeploymentDebeIrEnElMismoDespliegue() {
    String modelo =
        atencionTicket()
            .replace(
                "camunda:formRef=\"Form_A12_CerrarTicket\" camunda:formRefBinding=\"latest\"",
                "camunda:formRef=\"Form_A12_CerrarTicket\" camunda:formRefBinding=\"deployment\"");
    assertThat(modelo).contains("camunda:formRefBinding=\"deployment\"");

    ResponseEntity<Map> respuesta =
        DesdeModeler.desplegar(
            http, "analista", "atencionTicket", Map.of("atencionTicket.bpmn", modelo));

    assertThat(respuesta.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) respuesta.getBody().get("message"))
        .contains(
            "el formulario Form_A12_CerrarTicket no está en este despliegue (binding «deployment»)");
  }

  /**
   * Un formulario embebido propio del analista ({@code embedded:deployment:}) va en el mismo
   * despliegue.
   */
  @Test
  void unFormularioEmbebidoDelDespliegueDebeIrConElModelo() {
    String modelo =
        atencionTicket()
            .replace(
                "embedded:/formularios/A11_GuardarCargo.html",
                "embedded:deployment:forms/A11_Propio.html");
    String html =
        "<form role=\"form\"><input cam-variable-name=\"observaciones\" cam-variable-type=\"String\"></form>";

    ResponseEntity<Map> sinElHtml =
        DesdeModeler.desplegar(
            http, "analista", "atencionTicket", Map.of("atencionTicket.bpmn", modelo));
    ResponseEntity<Map> conElHtml =
        DesdeModeler.desplegar(
            http,
            "analista",
            "atencionTicket",
            Map.of("atencionTicket.bpmn", modelo, "forms/A11_Propio.html", html));

    assertThat(sinElHtml.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) sinElHtml.getBody().get("message"))
        .contains(
            "(A11_GuardarCargo): el formulario embebido forms/A11_Propio.html no está en este despliegue");
    assertThat(conElHtml.getStatusCode()).isEqualTo(HttpStatus.OK);
  }
}
