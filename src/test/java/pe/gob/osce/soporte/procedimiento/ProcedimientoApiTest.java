package pe.gob.osce.soporte.procedimiento;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import pe.gob.osce.soporte.PruebaIntegracion;
import pe.gob.osce.soporte.config.DesdeModeler;

/**
 * GET /api/procedimiento: versiones de cada proceso, cuál rige e instancias en cada una; solo
 * jefaturas.
 */
class ProcedimientoApiTest extends PruebaIntegracion {

  private static final ParameterizedTypeReference<List<Map<String, Object>>> LISTA =
      new ParameterizedTypeReference<>() {};
  private static final String HTML = "forms/A11_GuardarCargo.html";

  @Autowired TestRestTemplate http;
  @Autowired RepositoryService repositorio;

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

  private ResponseEntity<List<Map<String, Object>>> leer(String usuario) {
    return http.withBasicAuth(usuario, "demo")
        .exchange("/api/procedimiento", HttpMethod.GET, null, LISTA);
  }

  @Test
  @SuppressWarnings("unchecked")
  void listaLasVersionesCualRigeYCuantasInstanciasCorrenEnCada() {
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
    assertThat(ticket.get("codigo")).isNotNull();
    assertThat(
            DesdeModeler.desplegar(
                    http,
                    "analista",
                    "atencionTicket",
                    Map.of(
                        "atencionTicket.bpmn",
                        DesdeModeler.atencionTicket("PRUEBA-v03"),
                        HTML,
                        DesdeModeler.recurso(HTML)))
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);

    ResponseEntity<List<Map<String, Object>>> respuesta = leer("jefe.oti");

    assertThat(respuesta.getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<String, Object> atencion =
        respuesta.getBody().stream()
            .filter(p -> "atencionTicket".equals(p.get("proceso")))
            .findFirst()
            .orElseThrow();
    List<Map<String, Object>> versiones = (List<Map<String, Object>>) atencion.get("versiones");
    assertThat(versiones).hasSize(2);
    Map<String, Object> anterior = versiones.get(0);
    Map<String, Object> nueva = versiones.get(1);
    assertThat(anterior)
        .containsEntry("version", 1)
        .containsEntry("vigente", false)
        .containsEntry("fuente", "soporte-ti");
    assertThat(((Number) anterior.get("instancias")).longValue()).isPositive();
    assertThat(nueva)
        .containsEntry("version", 2)
        .containsEntry("vigente", true)
        .containsEntry("etiqueta", "PRUEBA-v03")
        .containsEntry("fuente", "Camunda Modeler")
        .containsEntry("instancias", 0);
    assertThat(nueva.get("desplegada")).isNotNull();
    assertThat(leer("jefe.uast").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  @SuppressWarnings("unchecked")
  void unaMigracionSinSimulacionOConProcesoDesconocidoSeRechazaNombrandoElCampo() {
    ResponseEntity<Map> sinSimulacion =
        http.withBasicAuth("jefe.uast", "demo")
            .postForEntity(
                "/api/procedimiento/migraciones", Map.of("proceso", "atencionTicket"), Map.class);
    assertThat(sinSimulacion.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((Map<String, String>) sinSimulacion.getBody().get("errores"))
        .containsKey("simulacion");

    ResponseEntity<Map> desconocido =
        http.withBasicAuth("jefe.uast", "demo")
            .postForEntity(
                "/api/procedimiento/migraciones",
                Map.of("proceso", "noExiste", "simulacion", true),
                Map.class);
    assertThat(desconocido.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((Map<String, String>) desconocido.getBody().get("errores"))
        .containsEntry("proceso", "No hay un proceso desplegado con la clave noExiste.");

    for (String usuario : List.of("jefe.oti", "analista")) {
      assertThat(
              http.withBasicAuth(usuario, "demo")
                  .postForEntity(
                      "/api/procedimiento/migraciones",
                      Map.of("proceso", "atencionTicket", "simulacion", true),
                      String.class)
                  .getStatusCode())
          .as(usuario)
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
  }

  @Test
  void soloLasJefaturasLoConsultan() {
    for (String usuario : List.of("analista", "tecnico1", "asistente")) {
      assertThat(
              http.withBasicAuth(usuario, "demo")
                  .getForEntity("/api/procedimiento", String.class)
                  .getStatusCode())
          .as(usuario)
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
  }
}
