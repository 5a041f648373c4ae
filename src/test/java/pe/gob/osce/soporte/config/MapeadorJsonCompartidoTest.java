package pe.gob.osce.soporte.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.rest.dto.task.TaskQueryDto;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import pe.gob.osce.soporte.PruebaIntegracion;
import pe.gob.osce.soporte.catalogo.Servicio;
import pe.gob.osce.soporte.config.RestCamundaConfig.MapeadorJsonCompartido;
import pe.gob.osce.soporte.ticket.EscenarioTicket;

/** La API REST usa un solo ObjectMapper, configurado como el de Camunda. */
class MapeadorJsonCompartidoTest extends PruebaIntegracion {

  @Autowired RestCamundaConfig rest;
  @Autowired TestRestTemplate http;

  @Test
  void jerseyUsaElMapeadorCompartidoYNoElDeCamunda() {
    assertThat(rest.getClasses())
        .contains(MapeadorJsonCompartido.class)
        .doesNotContain(JacksonConfigurator.class);
  }

  @Test
  void esElMismoEnCadaLlamadaYConfiguradoComoElDeCamunda() throws Exception {
    MapeadorJsonCompartido resolvedor = new MapeadorJsonCompartido();
    ObjectMapper mapeador = resolvedor.getContext(TaskQueryDto.class);
    assertThat(new MapeadorJsonCompartido().getContext(Map.class)).isSameAs(mapeador);
    assertThat(mapeador.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isFalse();
    // Propiedades que no conoce, como el de Camunda: se ignoran.
    TaskQueryDto consulta =
        mapeador.readValue("{\"assignee\":\"tecnico1\",\"propiedadNueva\":1}", TaskQueryDto.class);
    assertThat(consulta.getAssignee()).isEqualTo("tecnico1");
  }

  @Test
  void lasFechasSalenEnElFormatoDeCamunda() {
    String codigo =
        (String)
            EscenarioTicket.registrarPorApi(http, Servicio.IMPRESORA, "Impresora sin tóner")
                .get("codigo");
    List<Map<String, Object>> tareas =
        http.withBasicAuth("asistente", "demo")
            .exchange(
                "/engine-rest/task?processInstanceBusinessKey=" + codigo,
                HttpMethod.GET,
                null,
                new ParameterizedTypeReference<List<Map<String, Object>>>() {})
            .getBody();
    assertThat(tareas).hasSize(1);
    assertThat((String) tareas.get(0).get("created"))
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}[+-]\\d{4}");
  }
}
