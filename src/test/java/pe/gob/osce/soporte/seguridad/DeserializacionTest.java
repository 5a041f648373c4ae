package pe.gob.osce.soporte.seguridad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import pe.gob.osce.soporte.PruebaIntegracion;
import pe.gob.osce.soporte.catalogo.Servicio;
import pe.gob.osce.soporte.ticket.EscenarioTicket;

/**
 * Quien tiene una tarea puede guardar por /engine-rest una variable Object con cualquier nombre de
 * clase: con la validación de tipos de Camunda encendida, solo se deserializan las clases seguras.
 */
class DeserializacionTest extends PruebaIntegracion {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate http;

  private String tareaDeLaMesaDeAyuda() {
    Map<?, ?> creado = EscenarioTicket.registrarPorApi(http, Servicio.TECLADO, "Teclas pegadas");
    return motor
        .getTaskService()
        .createTaskQuery()
        .processInstanceId((String) creado.get("processInstanceId"))
        .singleResult()
        .getId();
  }

  private ResponseEntity<Map<String, Object>> guardar(
      String tarea, String nombre, String clase, String valor, String formato) {
    Map<String, Object> variable =
        Map.of(
            "type",
            "Object",
            "value",
            valor,
            "valueInfo",
            Map.of("objectTypeName", clase, "serializationDataFormat", formato));
    return http.withBasicAuth("asistente", "demo")
        .exchange(
            "/engine-rest/task/" + tarea + "/variables/" + nombre,
            HttpMethod.PUT,
            new HttpEntity<>(variable),
            JSON);
  }

  @Test
  void unObjetoJsonDeUnaClaseAjenaNoSeDeserializa() {
    String tarea = tareaDeLaMesaDeAyuda();
    // java.net.URL: al deserializarla, Jackson la construye (y un equals/hashCode consulta el DNS).
    assertThat(
            guardar(
                    tarea,
                    "ajena",
                    "java.net.URL",
                    "\"http://ejemplo.invalid/\"",
                    "application/json")
                .getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    ResponseEntity<Map<String, Object>> leida =
        http.withBasicAuth("asistente", "demo")
            .exchange(
                "/engine-rest/task/" + tarea + "/variables/ajena", HttpMethod.GET, null, JSON);
    assertThat(leida.getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(leida.getBody().get("message")).asString().contains("java.net.URL");
    assertThatThrownBy(() -> motor.getTaskService().getVariable(tarea, "ajena"))
        .isInstanceOf(ProcessEngineException.class)
        .hasStackTraceContaining("java.net.URL");
  }

  @Test
  void lasColeccionesDeJavaSiSeDeserializan() {
    String tarea = tareaDeLaMesaDeAyuda();
    assertThat(
            guardar(
                    tarea,
                    "lista",
                    "java.util.ArrayList<java.lang.String>",
                    "[\"a\",\"b\"]",
                    "application/json")
                .getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(motor.getTaskService().getVariable(tarea, "lista")).isEqualTo(List.of("a", "b"));
  }

  @Test
  void laSerializacionJavaNoSeAceptaNiParaGuardar() {
    String tarea = tareaDeLaMesaDeAyuda();
    ResponseEntity<Map<String, Object>> r =
        guardar(
            tarea, "java", "java.util.HashMap", "rO0ABXA=", "application/x-java-serialized-object");
    assertThat(r.getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(motor.getTaskService().getVariables(tarea)).doesNotContainKey("java");
  }
}
