package pe.gob.osce.soporte.seguridad;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import pe.gob.osce.soporte.PruebaIntegracion;
import pe.gob.osce.soporte.catalogo.Grupos;

/** La tabla de permisos de /api y de las métricas (PermisosApi), usuario por usuario. */
class PermisosApiTest extends PruebaIntegracion {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};

  private static final String TICKET = "/api/tickets/SOP-1999-000001";
  private static final String CARGO = "/api/tickets/SOP-1999-000001/cargo";
  private static final String EQUIPO = "/api/equipos/PAT-NO-EXISTE";
  private static final String REGISTRO = "/api/registros/actividades-soporte.xlsx";
  private static final String REGISTRO_EQUIPOS = "/api/registros/equipos.xlsx";
  private static final String INDICADOR = "/api/indicadores/tiempo-atencion?anio=2026";
  private static final String MANTENIMIENTOS = "/api/mantenimientos";
  private static final String METRICAS = "/actuator/prometheus";
  private static final List<String> LECTURAS =
      List.of(
          TICKET,
          CARGO,
          EQUIPO,
          REGISTRO,
          REGISTRO_EQUIPOS,
          INDICADOR,
          MANTENIMIENTOS,
          METRICAS,
          "/api/otra-cosa");

  @Autowired TestRestTemplate http;

  private ResponseEntity<byte[]> leer(String usuario, String ruta) {
    return http.withBasicAuth(usuario, "demo").exchange(ruta, HttpMethod.GET, null, byte[].class);
  }

  /**
   * Un POST con cuerpo vacío: quien tiene permiso llega al controlador (400 por datos), quien no,
   * 403.
   */
  private HttpStatus escribir(String usuario, String ruta) {
    return HttpStatus.valueOf(
        http.withBasicAuth(usuario, "demo")
            .exchange(ruta, HttpMethod.POST, new HttpEntity<>(Map.of()), JSON)
            .getStatusCode()
            .value());
  }

  private void puedeLeer(String usuario, String... rutas) {
    for (String ruta : rutas) {
      assertThat(leer(usuario, ruta).getStatusCode())
          .as(usuario + " " + ruta)
          .isNotEqualTo(HttpStatus.FORBIDDEN);
    }
  }

  private void noPuedeLeer(String usuario, String... rutas) {
    for (String ruta : rutas) {
      ResponseEntity<byte[]> r = leer(usuario, ruta);
      assertThat(r.getStatusCode()).as(usuario + " " + ruta).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(new String(r.getBody(), StandardCharsets.UTF_8))
          .as(usuario + " " + ruta)
          .startsWith("{\"mensaje\":\"");
    }
  }

  @Test
  void laMesaDeAyudaRegistraTicketsYEquiposYDescargaLosRegistros() {
    puedeLeer("asistente", TICKET, CARGO, EQUIPO, REGISTRO, REGISTRO_EQUIPOS, MANTENIMIENTOS);
    noPuedeLeer("asistente", INDICADOR, METRICAS, "/api/otra-cosa");
    assertThat(escribir("asistente", "/api/tickets")).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(escribir("asistente", "/api/equipos")).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void soporteTecnicoLeeTicketsYRegistraEquiposPeroNoDescargaRegistros() {
    puedeLeer("tecnico1", TICKET, CARGO, EQUIPO, MANTENIMIENTOS);
    noPuedeLeer("tecnico1", REGISTRO, REGISTRO_EQUIPOS, INDICADOR, METRICAS);
    assertThat(escribir("tecnico1", "/api/tickets")).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(escribir("tecnico1", "/api/equipos")).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void lasJefaturasLeenTodoPeroNoEscriben() {
    for (String jefe : List.of("jefe.uast", "jefe.oti")) {
      puedeLeer(
          jefe,
          TICKET,
          CARGO,
          EQUIPO,
          REGISTRO,
          REGISTRO_EQUIPOS,
          INDICADOR,
          MANTENIMIENTOS,
          METRICAS);
      noPuedeLeer(jefe, "/api/otra-cosa");
      assertThat(escribir(jefe, "/api/tickets")).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(escribir(jefe, "/api/equipos")).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(new String(leer("tecnico1", INDICADOR).getBody(), StandardCharsets.UTF_8))
        .contains("jefaturas");
  }

  @Test
  void laAdministracionEntraATodoYLasRutasDesconocidasSonSoloSuyas() {
    puedeLeer("admin", LECTURAS.toArray(String[]::new));
    assertThat(leer("admin", "/api/otra-cosa").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(escribir("admin", "/api/tickets")).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void losAnalistasYQuienNoTieneGrupoNoEntranANadaDeLaApi() {
    String sinGrupo = usuario(null);
    for (String usuario : List.of("analista", sinGrupo)) {
      noPuedeLeer(usuario, LECTURAS.toArray(String[]::new));
      assertThat(escribir(usuario, "/api/tickets")).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(escribir(usuario, "/api/equipos")).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(escribir(usuario, "/api/procedimiento/migraciones"))
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(identidades.createGroupQuery().groupMember("analista").singleResult().getId())
        .isEqualTo(Grupos.ANALISTAS);
  }

  @Test
  void laSesionDeTasklistSeVuelveAValidarAlVencerLaVigenciaDeCamunda() {
    String usuario = usuario(Grupos.MESA_AYUDA);
    IngresoSinBloqueoTest.IngresoWebapp sesion =
        IngresoSinBloqueoTest.IngresoWebapp.ingresar(http, "tasklist", usuario, "demo");
    assertThat(sesion.respuesta().getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(conSesion(sesion, TICKET)).isEqualTo(HttpStatus.NOT_FOUND);

    // Sale de la mesa de ayuda: dentro de los 5 minutos de Camunda la sesión aún vale; pasados, ya
    // no.
    identidades.deleteMembership(usuario, Grupos.MESA_AYUDA);
    avanzar(4 * 60);
    assertThat(conSesion(sesion, TICKET)).isEqualTo(HttpStatus.NOT_FOUND);
    avanzar(61);
    assertThat(conSesion(sesion, TICKET)).isEqualTo(HttpStatus.FORBIDDEN);

    // Vuelve al grupo y luego lo borran: pasada la vigencia, la sesión ya no autentica a nadie.
    identidades.createMembership(usuario, Grupos.MESA_AYUDA);
    avanzar(5 * 60 + 1);
    assertThat(conSesion(sesion, TICKET)).isEqualTo(HttpStatus.NOT_FOUND);
    identidades.deleteUser(usuario);
    avanzar(5 * 60 + 1);
    assertThat(conSesion(sesion, TICKET)).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private HttpStatus conSesion(IngresoSinBloqueoTest.IngresoWebapp sesion, String ruta) {
    return HttpStatus.valueOf(
        http.exchange(ruta, HttpMethod.GET, new HttpEntity<>(sesion.conSesion()), String.class)
            .getStatusCode()
            .value());
  }

  private static void avanzar(long segundos) {
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + segundos * 1000));
  }

  private String usuario(String grupo) {
    String id = "permisos-" + UUID.randomUUID().toString().substring(0, 8);
    User nuevo = identidades.newUser(id);
    nuevo.setPassword("demo");
    identidades.saveUser(nuevo);
    if (grupo != null) {
      identidades.createMembership(id, grupo);
    }
    return id;
  }
}
