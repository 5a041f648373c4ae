package pe.gob.osce.soporte.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import pe.gob.osce.soporte.PruebaIntegracion;

/** El analista despliega desde Camunda Modeler y lee modelos y despliegues, pero ningún ticket. */
class DespliegueAnalistaTest extends PruebaIntegracion {

  @Autowired TestRestTemplate http;
  @Autowired RepositoryService repositorio;

  @AfterEach
  void borrarDespliegues() {
    // Las demás pruebas cuentan las definiciones: el modelo de prueba no se queda.
    repositorio
        .createDeploymentQuery()
        .deploymentSource("Camunda Modeler")
        .list()
        .forEach(d -> repositorio.deleteDeployment(d.getId(), true));
  }

  private ResponseEntity<List> leer(String usuario, String ruta) {
    return http.withBasicAuth(usuario, "demo").exchange(ruta, HttpMethod.GET, null, List.class);
  }

  @Test
  void elAnalistaDespliegaComoModelerYLeeDefinicionesYDespliegues() {
    ResponseEntity<Map> respuesta =
        DesdeModeler.desplegar(
            http,
            "analista",
            "pruebaAnalista",
            Map.of("pruebaAnalista.bpmn", DesdeModeler.recurso("modelos/pruebaAnalista.bpmn")));

    assertThat(respuesta.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((Map<?, ?>) respuesta.getBody().get("deployedProcessDefinitions")).hasSize(1);
    assertThat(leer("analista", "/engine-rest/process-definition?key=pruebaAnalista").getBody())
        .singleElement()
        .satisfies(d -> assertThat(((Map<?, ?>) d).get("versionTag")).isEqualTo("PRUEBA-v01"));
    assertThat(leer("analista", "/engine-rest/process-definition?latestVersion=true").getBody())
        .hasSizeGreaterThan(8);
    assertThat(leer("analista", "/engine-rest/deployment?source=Camunda Modeler").getBody())
        .hasSize(1);
    assertThat(leer("analista", "/engine-rest/decision-definition?key=metaAtencion").getBody())
        .isNotEmpty();
  }

  @Test
  void elAnalistaNoLeeTicketsTareasNiHistorial() {
    Map<?, ?> ticket =
        http.withBasicAuth("asistente", "demo")
            .postForObject(
                "/api/tickets",
                Map.of(
                    "tipo",
                    "INCIDENCIA",
                    "servicio",
                    "TECLADO",
                    "canal",
                    "CORREO",
                    "solicitante",
                    "ana.paz@osce.gob.pe",
                    "asunto",
                    "Teclas pegadas"),
                Map.class);
    String codigo = (String) ticket.get("codigo");
    assertThat(leer("jefe.oti", "/engine-rest/process-instance?businessKey=" + codigo).getBody())
        .hasSize(1);

    assertThat(leer("analista", "/engine-rest/process-instance?businessKey=" + codigo).getBody())
        .isEmpty();
    assertThat(leer("analista", "/engine-rest/task?processInstanceBusinessKey=" + codigo).getBody())
        .isEmpty();
    assertThat(
            leer(
                    "analista",
                    "/engine-rest/history/process-instance?processInstanceBusinessKey=" + codigo)
                .getBody())
        .isEmpty();
    assertThat(leer("analista", "/engine-rest/variable-instance").getBody()).isEmpty();
    assertThat(
            http.withBasicAuth("analista", "demo")
                .getForEntity("/api/tickets/" + codigo, String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void otroGrupoNoDespliega() {
    assertThat(
            DesdeModeler.desplegar(
                    http,
                    "tecnico1",
                    "pruebaAnalista",
                    Map.of(
                        "pruebaAnalista.bpmn", DesdeModeler.recurso("modelos/pruebaAnalista.bpmn")))
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(repositorio.createDeploymentQuery().deploymentSource("Camunda Modeler").count())
        .isZero();
  }
}
