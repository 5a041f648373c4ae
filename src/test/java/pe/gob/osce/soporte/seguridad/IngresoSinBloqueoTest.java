package pe.gob.osce.soporte.seguridad;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
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
 * 30 claves equivocadas seguidas para un usuario, desde una dirección, por cada forma de ingreso:
 * la dirección queda frenada (429 con Retry-After) y, cuando deja de intentar, el usuario entra con
 * su clave: Camunda no lo bloqueó. El freno usa la hora del motor; la prueba la mueve, no espera.
 */
class IngresoSinBloqueoTest extends PruebaIntegracion {

  private interface Via {
    ResponseEntity<String> intentar(String usuario, String clave);
  }

  @Autowired TestRestTemplate http;
  @Autowired FrenoIngresos freno;

  @BeforeEach
  void direccionesDeCero() {
    freno.olvidarTodo();
  }

  @Test
  void porElIngresoDeTasklist() {
    treintaClavesEquivocadasYLuegoEntra(this::ingresoTasklist, HttpStatus.OK);
  }

  @Test
  void porHttpBasicEnEngineRest() {
    treintaClavesEquivocadasYLuegoEntra(
        (u, c) -> http.withBasicAuth(u, c).getForEntity("/engine-rest/task", String.class),
        HttpStatus.OK);
  }

  @Test
  void porHttpBasicEnLaApi() {
    treintaClavesEquivocadasYLuegoEntra(
        (u, c) ->
            http.withBasicAuth(u, c).getForEntity("/api/tickets/SOP-1999-000001", String.class),
        HttpStatus.NOT_FOUND);
  }

  @Test
  void porHttpBasicEnLasMetricas() {
    treintaClavesEquivocadasYLuegoEntra(
        (u, c) -> http.withBasicAuth(u, c).getForEntity("/actuator/prometheus", String.class),
        HttpStatus.OK);
  }

  private void treintaClavesEquivocadasYLuegoEntra(Via via, HttpStatus exito) {
    String usuario = nuevoUsuario();
    int frenadas = 0;
    for (int i = 0; i < 30; i++) {
      ResponseEntity<String> r = via.intentar(usuario, "equivocada-" + i);
      if (r.getStatusCode().value() == 429) {
        frenadas++;
        assertThat(r.getBody()).contains("Demasiadas claves equivocadas desde esta dirección");
        esperarLoQueDice(r);
        r = via.intentar(usuario, "equivocada-" + i);
      }
      assertThat(r.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
    // Las cinco primeras son libres; cada una de las siguientes tuvo que esperar.
    assertThat(frenadas).isEqualTo(25);

    // Recién terminado el ataque, la dirección sigue frenada, también con la clave correcta.
    ResponseEntity<String> frenado = via.intentar(usuario, "demo");
    assertThat(frenado.getStatusCode().value()).isEqualTo(429);
    esperarLoQueDice(frenado);

    // Cumplida la espera, el dueño entra: Camunda no bloqueó la cuenta.
    assertThat(via.intentar(usuario, "demo").getStatusCode()).isEqualTo(exito);
  }

  private static void esperarLoQueDice(ResponseEntity<String> frenado) {
    long segundos = Long.parseLong(frenado.getHeaders().getFirst(HttpHeaders.RETRY_AFTER));
    assertThat(segundos).isBetween(1L, 15L * 60);
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + segundos * 1000));
  }

  /**
   * Un usuario propio de la prueba, en la mesa de ayuda (Tasklist, tickets) y en la jefatura de la
   * OTI (métricas).
   */
  private String nuevoUsuario() {
    String id = "atacado-" + UUID.randomUUID().toString().substring(0, 8);
    User usuario = identidades.newUser(id);
    usuario.setPassword("demo");
    identidades.saveUser(usuario);
    identidades.createMembership(id, Grupos.MESA_AYUDA);
    identidades.createMembership(id, Grupos.JEFE_OTI);
    return id;
  }

  private ResponseEntity<String> ingresoTasklist(String usuario, String clave) {
    return IngresoWebapp.ingresar(http, "tasklist", usuario, clave).respuesta();
  }

  /**
   * El formulario de ingreso de las aplicaciones de Camunda, con su token XSRF, como lo usa el
   * navegador.
   */
  record IngresoWebapp(ResponseEntity<String> respuesta, List<String> cookies) {

    static IngresoWebapp ingresar(TestRestTemplate http, String app, String usuario, String clave) {
      ResponseEntity<String> pagina =
          http.getForEntity("/camunda/app/" + app + "/default/", String.class);
      List<String> cookies =
          new ArrayList<>(
              pagina.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
                  .map(c -> c.split(";")[0])
                  .toList());
      String xsrf =
          cookies.stream()
              .filter(c -> c.startsWith("XSRF-TOKEN="))
              .findFirst()
              .orElseThrow()
              .substring("XSRF-TOKEN=".length());
      HttpHeaders cabeceras = new HttpHeaders();
      cabeceras.put(HttpHeaders.COOKIE, cookies);
      cabeceras.set("X-XSRF-TOKEN", xsrf);
      cabeceras.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
      ResponseEntity<String> ingreso =
          http.exchange(
              "/camunda/api/admin/auth/user/default/login/" + app,
              HttpMethod.POST,
              new HttpEntity<>("username=" + usuario + "&password=" + clave, cabeceras),
              String.class);
      ingreso
          .getHeaders()
          .getOrEmpty(HttpHeaders.SET_COOKIE)
          .forEach(
              c -> {
                cookies.removeIf(v -> v.startsWith(c.split("=")[0] + "="));
                cookies.add(c.split(";")[0]);
              });
      return new IngresoWebapp(ingreso, cookies);
    }

    HttpHeaders conSesion() {
      HttpHeaders cabeceras = new HttpHeaders();
      cabeceras.put(HttpHeaders.COOKIE, cookies);
      return cabeceras;
    }
  }
}
