package pe.gob.osce.soporte.seguridad;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import pe.gob.osce.soporte.PruebaIntegracion;
import pe.gob.osce.soporte.catalogo.Grupos;

/**
 * La configuración inicial de Camunda está cerrada y el detalle de la salud es solo de {@code
 * camunda-admin} ({@link AccesoConfig}); valen en todos los perfiles, aquí en el de la demo.
 */
class AccesoTest extends PruebaIntegracion {

  private static final String INTRUSO =
      "{\"profile\":{\"id\":\"intruso\",\"firstName\":\"I\",\"lastName\":\"I\","
          + "\"email\":\"intruso@example.org\"},\"credentials\":{\"password\":\"Intruso-2026!x\"}}";

  @Autowired TestRestTemplate http;

  @Test
  void laConfiguracionInicialRespondeProhibidoAunSinNingunAdministrador() {
    // Sin ningún camunda-admin, Camunda mismo aceptaría crear al intruso como administrador.
    List<String> administradores =
        identidades.createUserQuery().memberOfGroup(Grupos.CAMUNDA_ADMIN).list().stream()
            .map(User::getId)
            .toList();
    administradores.forEach(id -> identidades.deleteMembership(id, Grupos.CAMUNDA_ADMIN));
    try {
      HttpHeaders cabeceras = sesionConCsrf();
      cabeceras.setContentType(MediaType.APPLICATION_JSON);

      for (String motorNombrado : List.of("default", "otro")) {
        ResponseEntity<String> r =
            http.exchange(
                "/camunda/api/admin/setup/" + motorNombrado + "/user/create",
                HttpMethod.POST,
                new HttpEntity<>(INTRUSO, cabeceras),
                String.class);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(r.getBody()).contains("La configuración inicial de Camunda está cerrada");
      }
      assertThat(identidades.createUserQuery().userId("intruso").count()).isZero();
    } finally {
      administradores.forEach(id -> identidades.createMembership(id, Grupos.CAMUNDA_ADMIN));
      if (identidades.createUserQuery().userId("intruso").count() > 0) {
        identidades.deleteUser("intruso");
      }
    }
  }

  @Test
  void sinUsuarioLaSaludDiceSoloElEstado() {
    ResponseEntity<String> r = http.getForEntity("/actuator/health", String.class);

    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(r.getBody()).isEqualTo("{\"status\":\"UP\"}");
  }

  @Test
  void unUsuarioQueNoEsAdministradorTampocoVeElDetalle() {
    ResponseEntity<String> r =
        http.withBasicAuth("asistente", "demo").getForEntity("/actuator/health", String.class);

    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(r.getBody()).isEqualTo("{\"status\":\"UP\"}");
  }

  @Test
  void elAdministradorVeElDetalle() {
    ResponseEntity<String> r =
        http.withBasicAuth("admin", "demo").getForEntity("/actuator/health", String.class);

    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(r.getBody())
        .contains("\"status\":\"UP\"", "\"components\"", "\"db\"", "\"diskSpace\"");
  }

  @Test
  void unaClaveEquivocadaEnLaSaludRespondeNoAutorizado() {
    // Un usuario que no existe: una clave equivocada de uno real lo frenaría para las otras
    // pruebas.
    ResponseEntity<String> r =
        http.withBasicAuth("nadie", "equivocada").getForEntity("/actuator/health", String.class);

    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(r.getBody()).doesNotContain("components");
  }

  /**
   * Una visita a Admin deja la cookie de sesión y el token CSRF que exige cualquier POST a las
   * webapps.
   */
  private HttpHeaders sesionConCsrf() {
    ResponseEntity<String> pagina = http.getForEntity("/camunda/app/admin/default/", String.class);
    List<String> cookies = new ArrayList<>(pagina.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE));
    String xsrf =
        cookies.stream()
            .filter(c -> c.startsWith("XSRF-TOKEN="))
            .findFirst()
            .orElseThrow()
            .split(";")[0]
            .substring("XSRF-TOKEN=".length());
    HttpHeaders cabeceras = new HttpHeaders();
    cabeceras.put(HttpHeaders.COOKIE, cookies.stream().map(c -> c.split(";")[0]).toList());
    cabeceras.set("X-XSRF-TOKEN", xsrf);
    return cabeceras;
  }
}
