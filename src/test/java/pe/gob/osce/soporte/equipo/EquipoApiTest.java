package pe.gob.osce.soporte.equipo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import pe.gob.osce.soporte.PruebaIntegracion;

/** {@code /api/equipos}: alta, duplicado, datos inválidos y consulta con historia. */
class EquipoApiTest extends PruebaIntegracion {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate http;

  private ResponseEntity<Map<String, Object>> registrar(Map<String, Object> equipo) {
    return http.withBasicAuth("tecnico1", "demo")
        .exchange("/api/equipos", HttpMethod.POST, new HttpEntity<>(equipo), JSON);
  }

  @Test
  void registrarUnEquipoYConsultarloConSuHistoria() {
    String codigo = "7408-" + UUID.randomUUID().toString().substring(0, 6);
    ResponseEntity<Map<String, Object>> creado =
        registrar(
            Map.of(
                "codigoPatrimonial",
                codigo,
                "tipo",
                "IMPRESORA",
                "marca",
                "Epson",
                "modelo",
                "L6270",
                "serie",
                "X5E1234",
                "sede",
                "Sede Central"));
    assertThat(creado.getStatusCode()).isEqualTo(HttpStatus.CREATED);

    ResponseEntity<Map<String, Object>> duplicado =
        registrar(
            Map.of(
                "codigoPatrimonial",
                codigo,
                "tipo",
                "IMPRESORA",
                "marca",
                "Epson",
                "modelo",
                "L6270",
                "serie",
                "otra",
                "sede",
                "Sede Central"));
    assertThat(duplicado.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(duplicado.getBody().get("mensaje")).asString().contains("ya está registrado");

    ResponseEntity<Map<String, Object>> consulta =
        http.withBasicAuth("jefe.oti", "demo")
            .exchange("/api/equipos/" + codigo, HttpMethod.GET, null, JSON);
    assertThat(consulta.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(consulta.getBody()).containsEntry("estado", "en almacén");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> historia =
        (List<Map<String, Object>>) consulta.getBody().get("historia");
    assertThat(historia)
        .singleElement()
        .satisfies(
            m ->
                assertThat(m)
                    .containsEntry("estadoNuevo", "EN_ALMACEN")
                    .containsEntry("usuario", "tecnico1"));
  }

  @Test
  void equipoConDatosInvalidosSeRechazaPorCampo() {
    ResponseEntity<Map<String, Object>> rechazado =
        registrar(
            Map.of(
                "codigoPatrimonial",
                "ABC 1",
                "tipo",
                "SIAF",
                "marca",
                "",
                "titular",
                "no-es-correo"));
    assertThat(rechazado.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    @SuppressWarnings("unchecked")
    Map<String, String> errores = (Map<String, String>) rechazado.getBody().get("errores");
    assertThat(errores)
        .containsKeys("codigoPatrimonial", "tipo", "marca", "modelo", "serie", "sede", "titular");
    assertThat(errores.get("tipo"))
        .startsWith(
            "«SIAF» no es un tipo de hardware del catálogo ni un medio de"
                + " almacenamiento extraíble (CPU_LAPTOP,")
        .contains("MEDIO_USB", "MEDIO_DISCO_EXTERNO", "MEDIO_OTRO");
  }

  @Test
  void losMediosDeAlmacenamientoExtraibleSeRegistranComoLosEquipos() {
    for (String tipo : List.of("MEDIO_USB", "MEDIO_DISCO_EXTERNO", "MEDIO_OTRO")) {
      String codigo = "7408-" + UUID.randomUUID().toString().substring(0, 6);
      ResponseEntity<Map<String, Object>> creado =
          registrar(
              Map.of(
                  "codigoPatrimonial",
                  codigo,
                  "tipo",
                  tipo,
                  "marca",
                  "Kingston",
                  "modelo",
                  "DataTraveler 64 GB",
                  "serie",
                  "KT-" + codigo,
                  "sede",
                  "Sede Central"));
      assertThat(creado.getStatusCode()).as(tipo).isEqualTo(HttpStatus.CREATED);
      @SuppressWarnings("unchecked")
      Map<String, Object> equipo = (Map<String, Object>) creado.getBody().get("equipo");
      assertThat(equipo).containsEntry("tipo", tipo);
    }
  }
}
