package pe.gob.osce.soporte;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import pe.gob.osce.soporte.equipo.EscenarioEquipo;
import pe.gob.osce.soporte.equipo.RegistroEquipos;

/**
 * Escenario por la entrada real: el formulario de inicio de Tasklist llama a {@code
 * /engine-rest/process-definition/key/{clave}/submit-form} con el usuario que entró.
 */
class InicioDesdeTasklistTest extends PruebaIntegracion {

  private static final ParameterizedTypeReference<List<Map<String, Object>>> LISTA =
      new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate http;
  @Autowired RegistroEquipos registro;

  private ResponseEntity<Map> iniciar(String usuario, String clave, Map<String, Object> variables) {
    Map<String, Object> cuerpo =
        Map.of(
            "variables",
            variables.entrySet().stream()
                .collect(
                    java.util.stream.Collectors.toMap(
                        Map.Entry::getKey, e -> Map.of("value", e.getValue()))));
    return http.withBasicAuth(usuario, "demo")
        .postForEntity(
            "/engine-rest/process-definition/key/" + clave + "/submit-form",
            new HttpEntity<>(cuerpo),
            Map.class);
  }

  private List<Map<String, Object>> tareas(String usuario, String businessKey) {
    return http.withBasicAuth(usuario, "demo")
        .exchange(
            "/engine-rest/task?processInstanceBusinessKey=" + businessKey,
            HttpMethod.GET,
            null,
            LISTA)
        .getBody();
  }

  @Test
  void elTecnicoIniciaElCicloDeVidaDeUnEquipoYUnSegundoInicioSeRechaza() {
    String codigo =
        EscenarioEquipo.equipoRegistrado(registro, "CPU_LAPTOP", "luz.ramos@osce.gob.pe");
    ResponseEntity<Map> iniciado =
        iniciar("tecnico1", "cicloVidaEquipo", Map.of("codigoPatrimonial", codigo));
    assertThat(iniciado.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(iniciado.getBody()).containsEntry("businessKey", codigo);
    assertThat(tareas("tecnico2", codigo))
        .singleElement()
        .satisfies(
            t ->
                assertThat(t)
                    .containsEntry(
                        "name",
                        "15 Diagnosticar el equipo o medio de almacenamiento extraíble · "
                            + codigo
                            + " · CPU / laptop HP ProDesk 400 G7"));

    ResponseEntity<Map> otraVez =
        iniciar("tecnico2", "cicloVidaEquipo", Map.of("codigoPatrimonial", codigo));
    assertThat(otraVez.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) otraVez.getBody().get("message"))
        .contains("codigoPatrimonial: el equipo " + codigo + " ya está en su ciclo de vida");
    assertThat(registro.historia(codigo)).hasSize(2);
  }

  @Test
  void laMesaDeAyudaIniciaUnMantenimientoYElTecnicoNoPuede() {
    ResponseEntity<Map> iniciado =
        iniciar("asistente", "mantenimientoEquipos", Map.of("tipoEquipo", "IMPRESORA"));
    assertThat(iniciado.getStatusCode()).isEqualTo(HttpStatus.OK);
    String codigo = (String) iniciado.getBody().get("businessKey");
    assertThat(codigo).matches("MNT-\\d{4}-\\d{4}");
    assertThat(tareas("asistente", codigo))
        .singleElement()
        .satisfies(
            t ->
                assertThat(t)
                    .containsEntry(
                        "name",
                        "23 Coordinar la ejecución del mantenimiento · "
                            + codigo
                            + " · Mantenimiento de Impresoras"));
    assertThat(tareas("tecnico1", codigo)).isEmpty();

    assertThat(
            iniciar("tecnico1", "mantenimientoEquipos", Map.of("tipoEquipo", "CPU"))
                .getStatusCode())
        .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    ResponseEntity<Map> invalido =
        iniciar("asistente", "mantenimientoEquipos", Map.of("tipoEquipo", "SCANNER"));
    assertThat(invalido.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) invalido.getBody().get("message"))
        .contains("tipoEquipo: elija la clase de equipos");
  }
}
