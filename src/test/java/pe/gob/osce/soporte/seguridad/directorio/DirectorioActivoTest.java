package pe.gob.osce.soporte.seguridad.directorio;

import static org.assertj.core.api.Assertions.assertThat;
import static pe.gob.osce.soporte.seguridad.directorio.DirectorioDePrueba.CLAVE;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import pe.gob.osce.soporte.seguridad.FrenoIngresos;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Elementos;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Variables;

/**
 * El servicio entero con el perfil ldap contra un directorio LDAP real: ingreso por la página de
 * las webapps y por HTTP Basic, roles del directorio con los ids de Camunda, la actividad 2 con los
 * técnicos del grupo del directorio, claves erradas y cuentas deshabilitadas, y el directorio
 * apagado y vuelto a encender sin reiniciar el servicio.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:soporte-ldap;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
      "camunda.bpm.job-execution.enabled=false",
      "soporte.correo.entrada.habilitada=false",
      // Fuera de la demo rigen las reglas de producción: la prueba habla HTTP sin TLS.
      "soporte.conformidad.url-publica=http://localhost:8080",
      "server.servlet.session.cookie.secure=false",
      "camunda.bpm.webapp.csrf.enable-secure-cookie=false"
    })
// Arranca su propia aplicación: corre en su JVM (ejecución "aisladas" de Surefire, ver pom.xml).
@Tag("aislada")
@ActiveProfiles("ldap")
class DirectorioActivoTest {

  private static final DirectorioDePrueba LDAP = new DirectorioDePrueba();

  @DynamicPropertySource
  static void directorio(DynamicPropertyRegistry registro) throws Exception {
    registro.add("soporte.ldap.url", LDAP::url);
    registro.add("soporte.ldap.bind-dn", () -> DirectorioDePrueba.SERVICIO);
    registro.add("soporte.ldap.bind-clave", () -> DirectorioDePrueba.CLAVE_SERVICIO);
    registro.add("soporte.ldap.base-usuarios", () -> DirectorioDePrueba.USUARIOS);
    registro.add("soporte.ldap.base-grupos", () -> DirectorioDePrueba.GRUPOS);
    DirectorioDePrueba.GRUPOS_POR_ROL.forEach(
        (rol, cn) -> registro.add("soporte.ldap.grupos[" + rol + "]", () -> cn));
    String documentos = Files.createTempDirectory("soporte-documentos-ldap").toString();
    registro.add("soporte.documentos.directorio", () -> documentos);
  }

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identidades;
  @Autowired TaskService tareas;
  @Autowired AuthorizationService autorizaciones;
  @Autowired JdbcTemplate jdbc;
  @Autowired FrenoIngresos frenoIngresos;

  @AfterEach
  void restaurar() {
    ClockUtil.reset();
    frenoIngresos.olvidarTodo();
  }

  @Test
  void ingresaPorLaPaginaDeTasklistConSuCuentaDelDirectorio() {
    ResponseEntity<String> ingreso = ingresar("ana.quispe", CLAVE);
    assertThat(ingreso.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(ingreso.getBody())
        .contains("\"userId\":\"ana.quispe\"")
        .contains("tasklist")
        .contains("cockpit");
    assertThat(ingresar("ana.quispe", "errada").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    // Cuenta deshabilitada (userAccountControl 514) y cuenta sin rol: no entran aunque la clave sea
    // la suya.
    assertThat(ingresar("pedro.salas", CLAVE).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(ingresar("luis.vega", CLAVE).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void httpBasicEnEngineRestApiYMetricasConLosRolesDelDirectorio() {
    ResponseEntity<String> grupos =
        http.withBasicAuth("ana.quispe", CLAVE)
            .getForEntity(
                "/engine-rest/group?member=ana.quispe&sortBy=id&sortOrder=asc", String.class);
    assertThat(grupos.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(grupos.getBody())
        .contains("\"id\":\"jefe-uast\"")
        .contains("\"id\":\"mesa-ayuda\"")
        .doesNotContain("GG-");
    // Grupo anidado: rosa.mamani está en un grupo que está dentro del de soporte técnico.
    assertThat(identidades.createGroupQuery().groupMember("rosa.mamani").list())
        .extracting(Group::getId)
        .containsExactly("soporte-tecnico");
    assertThat(
            http.withBasicAuth("ana.quispe", CLAVE)
                .getForEntity("/api/tickets/SOP-1999-000001", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(
            http.withBasicAuth("ana.quispe", "errada")
                .getForEntity("/api/tickets/SOP-1999-000001", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(
            http.withBasicAuth("pedro.salas", CLAVE)
                .getForEntity("/engine-rest/task", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(
            http.withBasicAuth("adm.soporte", CLAVE)
                .getForEntity("/actuator/prometheus", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void laActividad2OfreceLosTecnicosDelGrupoDelDirectorioYAsignaAUnoDeEllos() {
    ResponseEntity<Map> creado =
        http.withBasicAuth("ana.quispe", CLAVE)
            .postForEntity(
                "/api/tickets",
                Map.of(
                    "tipo",
                    "INCIDENCIA",
                    "servicio",
                    "IMPRESORA",
                    "canal",
                    "CORREO",
                    "solicitante",
                    "jose.paz@osce.gob.pe",
                    "asunto",
                    "No imprime"),
                Map.class);
    assertThat(creado.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String codigo = (String) creado.getBody().get("codigo");
    Task tarea =
        tareas
            .createTaskQuery()
            .processInstanceBusinessKey(codigo)
            .taskDefinitionKey(Elementos.ASIGNAR_TECNICO)
            .singleResult();
    String tecnicos =
        String.valueOf(
            tareas.getVariableLocal(tarea.getId(), Variables.TECNICOS_DISPONIBLES.nombre()));
    assertThat(tecnicos)
        .contains(
            "\"label\":\"Carlos Huamán Torres\"",
            "\"value\":\"carlos.huaman\"",
            "\"label\":\"Rosa Mamani Flores\"",
            "\"value\":\"rosa.mamani\"")
        .doesNotContain("pedro.salas", "ana.quispe");

    // La mesa de ayuda la ve como candidata (grupo del directorio) y la completa por /engine-rest.
    assertThat(
            http.withBasicAuth("ana.quispe", CLAVE)
                .getForObject(
                    "/engine-rest/task?processInstanceBusinessKey=" + codigo, String.class))
        .contains(tarea.getId());
    ResponseEntity<String> completada =
        http.withBasicAuth("ana.quispe", CLAVE)
            .exchange(
                "/engine-rest/task/" + tarea.getId() + "/complete",
                HttpMethod.POST,
                new HttpEntity<>(
                    Map.of(
                        "variables",
                        Map.of(Variables.TECNICO.nombre(), Map.of("value", "rosa.mamani")))),
                String.class);
    assertThat(completada.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    Map<?, ?> ticket =
        http.withBasicAuth("ana.quispe", CLAVE).getForObject("/api/tickets/" + codigo, Map.class);
    assertThat(((Map<?, ?>) ticket.get("ticket")).get("tecnico")).isEqualTo("rosa.mamani");
    assertThat(String.valueOf(ticket.get("pasos"))).contains("Asignado a Rosa Mamani Flores");
  }

  @Test
  void enLaBaseNoSeCreanUsuariosNiGruposPeroSiLasAutorizacionesDeCadaRol() {
    for (String tabla : List.of("ACT_ID_USER", "ACT_ID_GROUP", "ACT_ID_MEMBERSHIP")) {
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + tabla, Integer.class))
          .as(tabla)
          .isZero();
    }
    assertThat(identidades.isReadOnly()).isTrue();
    for (String rol :
        List.of("mesa-ayuda", "soporte-tecnico", "jefe-uast", "jefe-oti", "camunda-admin")) {
      assertThat(autorizaciones.createAuthorizationQuery().groupIdIn(rol).count())
          .as(rol)
          .isPositive();
    }
  }

  @Test
  void lasClavesErradasNoBloqueanNiLaCuentaDelDirectorioNiLaDeCamunda() {
    String dn = DirectorioDePrueba.dnUsuario("OTI", "Maria Torres");
    int antes = LDAP.bindsDe(dn);
    for (int i = 0; i < 12; i++) {
      // 401, o 429 cuando el freno por dirección (FrenoIngresos) ya la hace esperar.
      assertThat(
              http.withBasicAuth("maria.torres", "errada" + i)
                  .getForEntity("/engine-rest/task", String.class)
                  .getStatusCode())
          .isIn(HttpStatus.UNAUTHORIZED, HttpStatus.TOO_MANY_REQUESTS);
    }
    // Solo las tres primeras se le preguntaron al directorio: su umbral de bloqueo nunca se alcanza
    // por el servicio.
    assertThat(LDAP.bindsDe(dn) - antes).isEqualTo(3);
    ClockUtil.setCurrentTime(
        new java.util.Date(
            ClockUtil.getCurrentTime().getTime() + Duration.ofMinutes(16).toMillis()));
    // Pasada la ventana entra con su clave: el bloqueo de Camunda tras 10 intentos no aplica al
    // directorio.
    assertThat(
            http.withBasicAuth("maria.torres", CLAVE)
                .getForEntity("/engine-rest/task", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void conElDirectorioApagadoResponde503ConMensajeYAlVolverSigueSinReiniciar() {
    LDAP.detener();
    try {
      ResponseEntity<String> ingreso = ingresar("carlos.huaman", CLAVE);
      assertThat(ingreso.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
      assertThat(ingreso.getBody())
          .contains("\"message\":\"" + DirectorioNoDisponibleException.MENSAJE + "\"")
          .doesNotContain("Exception", "\tat ", "javax.naming");
      for (String ruta : List.of("/engine-rest/task", "/api/tickets/SOP-1999-000001")) {
        ResponseEntity<String> respuesta =
            http.withBasicAuth("carlos.huaman", CLAVE).getForEntity(ruta, String.class);
        assertThat(respuesta.getStatusCode()).as(ruta).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(respuesta.getBody())
            .as(ruta)
            .contains("Directorio Activo")
            .doesNotContain("Exception", "\tat ");
      }
    } finally {
      LDAP.reanudar();
    }
    assertThat(ingresar("carlos.huaman", CLAVE).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(
            http.withBasicAuth("carlos.huaman", CLAVE)
                .getForEntity("/engine-rest/task", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void lasConsultasDeTasklistYAdminFiltranOrdenanYPaginanSobreElDirectorio() {
    assertThat(identidades.createUserQuery().count()).isEqualTo(5);
    assertThat(
            identidades
                .createUserQuery()
                .memberOfGroup("soporte-tecnico")
                .orderByUserLastName()
                .asc()
                .list())
        .extracting(User::getId)
        .containsExactly("carlos.huaman", "rosa.mamani");
    assertThat(identidades.createUserQuery().userLastNameLike("%mani%").singleResult().getEmail())
        .isEqualTo("rosa.mamani@osce.gob.pe");
    assertThat(identidades.createUserQuery().orderByUserId().desc().listPage(0, 2))
        .extracting(User::getId)
        .containsExactly("rosa.mamani", "maria.torres");
    assertThat(identidades.createUserQuery().userId("pedro.salas").count()).isZero();
    // El cn del directorio no es un grupo de Camunda: no lista a nadie (el plugin LDAP 7.23 listaba
    // a todos).
    assertThat(identidades.createUserQuery().memberOfGroup("GG-UAST-SoporteTecnico").count())
        .isZero();
    assertThat(identidades.createGroupQuery().count()).isEqualTo(6);
    assertThat(identidades.createGroupQuery().groupNameLike("Jef%").orderByGroupId().asc().list())
        .extracting(Group::getId)
        .containsExactly("jefe-oti", "jefe-uast");
    assertThat(
            http.withBasicAuth("ana.quispe", CLAVE)
                .getForObject("/engine-rest/user?memberOfGroup=soporte-tecnico", String.class))
        .contains("Huamán Torres", "Mamani Flores");
  }

  @Test
  void laPaginaDeCrearElPrimerAdministradorEstaCerrada() {
    HttpHeaders cabeceras = cabecerasWebapp();
    cabeceras.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> alta =
        http.exchange(
            "/camunda/api/admin/setup/default/user/create",
            HttpMethod.POST,
            new HttpEntity<>(
                Map.of(
                    "profile",
                    Map.of("id", "intruso", "firstName", "I", "lastName", "I"),
                    "credentials",
                    Map.of("password", "x")),
                cabeceras),
            String.class);
    assertThat(alta.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_ID_USER", Integer.class)).isZero();
  }

  /**
   * El formulario de ingreso de Tasklist: primero la página (cookie XSRF), luego el POST de usuario
   * y clave.
   */
  private ResponseEntity<String> ingresar(String usuario, String clave) {
    HttpHeaders cabeceras = cabecerasWebapp();
    cabeceras.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    return http.exchange(
        "/camunda/api/admin/auth/user/default/login/tasklist",
        HttpMethod.POST,
        new HttpEntity<>("username=" + usuario + "&password=" + clave, cabeceras),
        String.class);
  }

  /** Cookies y cabecera XSRF de una página de Tasklist, como las manda el navegador. */
  private HttpHeaders cabecerasWebapp() {
    ResponseEntity<String> pagina =
        http.getForEntity("/camunda/app/tasklist/default/", String.class);
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
