package pe.gob.osce.soporte.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import pe.gob.osce.soporte.PruebaIntegracion;
import pe.gob.osce.soporte.cargo.ConsolidacionPatrimonioProceso;

/**
 * Escenarios por la entrada real: {@code POST /api/tickets} y la API REST de Camunda, con usuario y
 * clave.
 */
class TicketApiTest extends PruebaIntegracion {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;

  private TestRestTemplate como(String usuario, String clave) {
    return http.withBasicAuth(usuario, clave);
  }

  private static Map<String, Object> pedido(String solicitante) {
    return Map.of(
        "tipo",
        "INCIDENCIA",
        "servicio",
        "IMPRESORA",
        "canal",
        "CORREO",
        "solicitante",
        solicitante,
        "asunto",
        "La impresora del piso 4 atasca papel",
        "descripcion",
        "Atasca en la bandeja 2.");
  }

  @Test
  void sinCredencialesLaApiRespondeNoAutorizado() {
    assertThat(
            http.postForEntity("/api/tickets", pedido("a@osce.gob.pe"), String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(
            como("desconocido", "demo")
                .getForEntity("/api/tickets/SOP-2026-000001", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.getForEntity("/engine-rest/process-definition", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.getForEntity("/engine-rest/engine", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void registrarUnTicketPorLaApiYConsultarSuHistoria() {
    ResponseEntity<Map<String, Object>> creado =
        como("asistente", "demo")
            .exchange(
                "/api/tickets",
                HttpMethod.POST,
                new HttpEntity<>(pedido("luz.ramos@osce.gob.pe")),
                JSON);
    assertThat(creado.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String codigo = (String) creado.getBody().get("codigo");
    assertThat(codigo).matches("SOP-\\d{4}-\\d{6}");
    assertThat(creado.getHeaders().getLocation()).hasPath("/api/tickets/" + codigo);

    ResponseEntity<Map<String, Object>> consulta =
        como("tecnico1", "demo").exchange("/api/tickets/" + codigo, HttpMethod.GET, null, JSON);
    assertThat(consulta.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(consulta.getBody())
        .containsEntry("servicio", "Hardware – Impresora")
        .containsEntry("estado", "Registrado");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> pasos = (List<Map<String, Object>>) consulta.getBody().get("pasos");
    assertThat(pasos)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p)
                  .containsEntry("actividad", "A01_RegistrarTicket")
                  .containsEntry("usuario", "asistente");
              assertThat(p.get("nombre")).asString().startsWith("01 ");
            });
    assertThat(
            como("tecnico1", "demo")
                .getForEntity("/api/tickets/SOP-1999-000001", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void datosInvalidosDevuelven400ConUnMensajePorCampoYNoCreanNada() {
    long tickets = jdbc.queryForObject("SELECT COUNT(*) FROM ticket", Long.class);
    long instancias = motor.getRuntimeService().createProcessInstanceQuery().count();
    ResponseEntity<Map<String, Object>> respuesta =
        como("asistente", "demo")
            .exchange(
                "/api/tickets",
                HttpMethod.POST,
                new HttpEntity<>(
                    Map.of(
                        "tipo",
                        "QUEJA",
                        "servicio",
                        "CAFETERA",
                        "canal",
                        "CORREO",
                        "solicitante",
                        "luz.ramos@",
                        "asunto",
                        " ")),
                JSON);

    assertThat(respuesta.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    @SuppressWarnings("unchecked")
    Map<String, String> errores = (Map<String, String>) respuesta.getBody().get("errores");
    assertThat(errores).containsOnlyKeys("tipo", "servicio", "solicitante", "asunto");
    assertThat(respuesta.getBody())
        .containsEntry("mensaje", "La solicitud tiene datos inválidos; no se registró nada.");
    assertThat(errores.get("servicio")).isEqualTo("«CAFETERA» no es un servicio del catálogo");
    assertThat(errores.get("solicitante"))
        .contains("no es una dirección de correo electrónico válida");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ticket", Long.class)).isEqualTo(tickets);
    assertThat(motor.getRuntimeService().createProcessInstanceQuery().count())
        .isEqualTo(instancias);

    ResponseEntity<Map<String, Object>> ilegible =
        como("asistente", "demo")
            .exchange(
                "/api/tickets",
                HttpMethod.POST,
                new HttpEntity<>("{no es json", jsonHeaders()),
                JSON);
    assertThat(ilegible.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(ilegible.getBody().get("mensaje")).asString().contains("no es un JSON válido");
  }

  @Test
  void tasklistOLaApiDeCamundaIniciaYCompletaConLaMismaValidacion() {
    Map<String, Object> inicio =
        Map.of(
            "variables",
            Map.of(
                "tipo",
                Map.of("value", "REQUERIMIENTO"),
                "servicio",
                Map.of("value", "SIAF"),
                "canal",
                Map.of("value", "CORREO"),
                "solicitante",
                Map.of("value", "jose.perez@osce.gob.pe"),
                "asunto",
                Map.of("value", "Instalar SIAF")));
    ResponseEntity<Map<String, Object>> creado =
        como("asistente", "demo")
            .exchange(
                "/engine-rest/process-definition/key/atencionTicket/start",
                HttpMethod.POST,
                new HttpEntity<>(inicio),
                JSON);
    assertThat(creado.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((String) creado.getBody().get("businessKey")).matches("SOP-\\d{4}-\\d{6}");

    Map<String, Object> invalido =
        Map.of(
            "variables",
            Map.of(
                "tipo",
                Map.of("value", "INCIDENCIA"),
                "servicio",
                Map.of("value", "SIAF"),
                "canal",
                Map.of("value", "FAX"),
                "solicitante",
                Map.of("value", "x@y.pe"),
                "asunto",
                Map.of("value", "Algo")));
    // Tasklist envía el formulario de inicio a submit-form.
    ResponseEntity<Map<String, Object>> rechazado =
        como("asistente", "demo")
            .exchange(
                "/engine-rest/process-definition/key/atencionTicket/submit-form",
                HttpMethod.POST,
                new HttpEntity<>(invalido),
                JSON);
    assertThat(rechazado.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(rechazado.getBody().get("message"))
        .asString()
        .contains("canal: «FAX» no es un canal válido");
    // Quien llama a /start directamente recibe lo mismo: 400 con el campo, no un 500.
    ResponseEntity<Map<String, Object>> rechazadoEnStart =
        como("asistente", "demo")
            .exchange(
                "/engine-rest/process-definition/key/atencionTicket/start",
                HttpMethod.POST,
                new HttpEntity<>(invalido),
                JSON);
    assertThat(rechazadoEnStart.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(rechazadoEnStart.getBody().get("message"))
        .asString()
        .contains("canal: «FAX» no es un canal válido")
        .doesNotContain("Cannot instantiate");

    String tarea =
        (String)
            como("asistente", "demo")
                .exchange(
                    "/engine-rest/task?processInstanceBusinessKey="
                        + creado.getBody().get("businessKey"),
                    HttpMethod.GET,
                    null,
                    new ParameterizedTypeReference<List<Map<String, Object>>>() {})
                .getBody()
                .get(0)
                .get("id");
    ResponseEntity<Map<String, Object>> sinTecnico =
        como("asistente", "demo")
            .exchange(
                "/engine-rest/task/" + tarea + "/submit-form",
                HttpMethod.POST,
                new HttpEntity<>(Map.of("variables", Map.of("tecnico", Map.of("value", "nadie")))),
                JSON);
    assertThat(sinTecnico.getStatusCode())
        .as(String.valueOf(sinTecnico.getBody()))
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(sinTecnico.getBody().get("message"))
        .asString()
        .endsWith("Datos inválidos: tecnico: «nadie» no pertenece al grupo Soporte Técnico");
    ResponseEntity<Map<String, Object>> completarSinTecnico =
        como("asistente", "demo")
            .exchange(
                "/engine-rest/task/" + tarea + "/complete",
                HttpMethod.POST,
                new HttpEntity<>(Map.of("variables", Map.of("tecnico", Map.of("value", "nadie")))),
                JSON);
    assertThat(completarSinTecnico.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(completarSinTecnico.getBody().get("message"))
        .asString()
        .isEqualTo("Datos inválidos: tecnico: «nadie» no pertenece al grupo Soporte Técnico");
  }

  @Test
  void conLaSesionDeTasklistSeLeeLaApiPeroNoSeEscribe() {
    org.springframework.http.HttpHeaders cabeceras = new org.springframework.http.HttpHeaders();
    ResponseEntity<String> pagina =
        http.getForEntity("/camunda/app/tasklist/default/", String.class);
    List<String> cookies =
        new ArrayList<>(
            pagina.getHeaders().getOrEmpty(org.springframework.http.HttpHeaders.SET_COOKIE));
    String xsrf =
        cookies.stream()
            .filter(c -> c.startsWith("XSRF-TOKEN="))
            .findFirst()
            .orElseThrow()
            .split(";")[0]
            .substring("XSRF-TOKEN=".length());
    cabeceras.put(
        org.springframework.http.HttpHeaders.COOKIE,
        cookies.stream().map(c -> c.split(";")[0]).toList());
    cabeceras.set("X-XSRF-TOKEN", xsrf);
    cabeceras.setContentType(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED);
    ResponseEntity<String> ingreso =
        http.exchange(
            "/camunda/api/admin/auth/user/default/login/tasklist",
            HttpMethod.POST,
            new HttpEntity<>("username=tecnico1&password=demo", cabeceras),
            String.class);
    assertThat(ingreso.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<String> sesion =
        new ArrayList<>(cabeceras.get(org.springframework.http.HttpHeaders.COOKIE));
    ingreso
        .getHeaders()
        .getOrEmpty(org.springframework.http.HttpHeaders.SET_COOKIE)
        .forEach(
            c -> {
              sesion.removeIf(v -> v.startsWith(c.split("=")[0] + "="));
              sesion.add(c.split(";")[0]);
            });
    org.springframework.http.HttpHeaders conSesion = new org.springframework.http.HttpHeaders();
    conSesion.put(org.springframework.http.HttpHeaders.COOKIE, sesion);
    conSesion.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);

    assertThat(
            http.exchange(
                    "/api/tickets/SOP-1999-000001",
                    HttpMethod.GET,
                    new HttpEntity<>(conSesion),
                    String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(
            http.exchange(
                    "/api/tickets",
                    HttpMethod.POST,
                    new HttpEntity<>(pedido("x@osce.gob.pe"), conSesion),
                    String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void laJefaturaUastIniciaLaConsolidacionAManoPorElMismoEventoDeInicio() {
    ResponseEntity<Map<String, Object>> iniciada =
        como("jefe.uast", "demo")
            .exchange(
                "/engine-rest/process-definition/key/consolidacionPatrimonio/start",
                HttpMethod.POST,
                new HttpEntity<>(Map.of()),
                JSON);
    assertThat(iniciada.getStatusCode()).isEqualTo(HttpStatus.OK);
    String id = (String) iniciada.getBody().get("id");
    assertThat(
            motor
                .getHistoryService()
                .createHistoricActivityInstanceQuery()
                .processInstanceId(id)
                .activityId(ConsolidacionPatrimonioProceso.Elementos.INICIO)
                .count())
        .isEqualTo(1);
    assertThat(
            motor
                .getHistoryService()
                .createHistoricActivityInstanceQuery()
                .processInstanceId(id)
                .activityId(ConsolidacionPatrimonioProceso.Elementos.REUNIR_CARGOS)
                .count())
        .isEqualTo(1);
  }

  @Test
  void iniciosConcurrentesRecibenCodigosDistintos() throws Exception {
    ExecutorService hilos = Executors.newFixedThreadPool(6);
    try {
      List<Callable<String>> pedidos = new ArrayList<>();
      for (int i = 0; i < 24; i++) {
        pedidos.add(
            () ->
                (String)
                    como("asistente", "demo")
                        .exchange(
                            "/api/tickets",
                            HttpMethod.POST,
                            new HttpEntity<>(pedido("concurrente@osce.gob.pe")),
                            JSON)
                        .getBody()
                        .get("codigo"));
      }
      Set<String> codigos = new HashSet<>();
      for (Future<String> codigo : hilos.invokeAll(pedidos)) {
        codigos.add(codigo.get());
      }
      assertThat(codigos).hasSize(24).allMatch(c -> c != null && c.matches("SOP-\\d{4}-\\d{6}"));
    } finally {
      hilos.shutdownNow();
    }
  }

  private static org.springframework.http.HttpHeaders jsonHeaders() {
    org.springframework.http.HttpHeaders cabeceras = new org.springframework.http.HttpHeaders();
    cabeceras.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
    return cabeceras;
  }
}
