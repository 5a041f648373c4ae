package pe.gob.osce.soporte.indicador;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import pe.gob.osce.soporte.PruebaIntegracion;

/**
 * {@code /actuator/prometheus}: pide usuario del motor y muestra los tickets abiertos y el
 * indicador.
 */
class MetricasPrometheusTest extends PruebaIntegracion {

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired MetricasSoporte metricas;

  @AfterEach
  void borrarAbril() {
    FixtureAbril.borrar(jdbc);
    metricas.refrescar();
  }

  @Test
  void sinUsuarioNoHayMetricasPeroLaSaludEstaAbierta() {
    assertThat(http.getForEntity("/actuator/prometheus", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    // Un usuario que no existe: una clave equivocada de uno real lo bloquearía unos segundos para
    // las otras pruebas.
    assertThat(
            http.withBasicAuth("nadie", "equivocada")
                .getForEntity("/actuator/prometheus", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void conUsuarioMuestraLosTicketsAbiertosPorEstadoYElIndicador() {
    FixtureAbril.cargar(jdbc);
    metricas.refrescar();
    long enAtencion =
        jdbc.queryForObject("SELECT COUNT(*) FROM ticket WHERE estado = 'EN_ATENCION'", Long.class);

    ResponseEntity<String> r =
        http.withBasicAuth("jefe.uast", "demo").getForEntity("/actuator/prometheus", String.class);

    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(r.getBody())
        .contains("soporte_tickets_abiertos{estado=\"EN_ATENCION\"} " + (double) enAtencion)
        .contains("soporte_tickets_abiertos{estado=\"REGISTRADO\"}")
        .doesNotContain("soporte_tickets_abiertos{estado=\"CERRADO\"}")
        .contains(
            "soporte_indicador_tiempo_atencion_promedio_seconds{medida=\"laborable\",periodo=\"anio\"}")
        .contains(
            "soporte_indicador_tiempo_atencion_promedio_seconds{medida=\"calendario\",periodo=\"mes\"}")
        .contains("soporte_indicador_dentro_meta{periodo=\"anio\"}")
        .containsPattern("soporte_incidencias_abiertas_fuera_meta [1-9]");
    // Issue 11: en PostgreSQL el cálculo fallaba (transacción de solo lectura) y cada métrica leía
    // NaN.
    // Las del mes en curso pueden ser NaN con razón (ninguna incidencia cerrada este mes); las del
    // año, no.
    assertThat(
            r.getBody()
                .lines()
                .filter(l -> l.startsWith("soporte_") && !l.contains("periodo=\"mes\"")))
        .isNotEmpty()
        .noneMatch(l -> l.endsWith(" NaN"));
  }

  @Test
  void elPromedioEsLaCifraDeLaSeccionXIYLaMediaDeLasCerradasVaAparte() {
    FixtureAbril.cargar(jdbc);
    // Jueves 30 de abril de 2026, 20:00: el mes en curso es abril y su corte es ahora. 004
    // (registrada a las
    // 16:00) lleva 1 h 30 min laborables y 005 lleva 25 h 30 min: (3 + 1 + 20 + 1,5 + 25,5) h / 5 =
    // 10,2 h.
    ClockUtil.setCurrentTime(Date.from(FixtureAbril.at(4, 30, 20, 0).toInstant()));
    metricas.refrescar();

    String cuerpo =
        http.withBasicAuth("jefe.uast", "demo").getForObject("/actuator/prometheus", String.class);

    assertThat(cuerpo)
        .contains(
            "soporte_indicador_tiempo_atencion_promedio_seconds{medida=\"laborable\",periodo=\"mes\"} 36720.0")
        .contains(
            "soporte_indicador_tiempo_atencion_media_cerradas_seconds{medida=\"laborable\",periodo=\"mes\"} 23400.0")
        .contains(
            "soporte_indicador_tiempo_atencion_media_cerradas_seconds{medida=\"calendario\",periodo=\"anio\"}");
  }
}
