package pe.gob.osce.soporte.indicador;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import pe.gob.osce.soporte.PruebaIntegracion;
import pe.gob.osce.soporte.catalogo.Servicio;
import pe.gob.osce.soporte.catalogo.TipoTicket;
import pe.gob.osce.soporte.comun.Descarga;

/**
 * El indicador por su entrada real, {@code GET /api/indicadores/tiempo-atencion}, sobre abril de
 * 2026 calculado a mano.
 */
class TiempoAtencionApiTest extends PruebaIntegracion {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void cargarAbril() {
    FixtureAbril.cargar(jdbc);
  }

  @AfterEach
  void borrarAbril() {
    FixtureAbril.borrar(jdbc);
  }

  private Map<String, Object> leer(String usuario) {
    ResponseEntity<Map<String, Object>> r =
        http.withBasicAuth(usuario, "demo")
            .exchange("/api/indicadores/tiempo-atencion?anio=2026", HttpMethod.GET, null, JSON);
    assertThat(r.getStatusCode()).as(String.valueOf(r.getBody())).isEqualTo(HttpStatus.OK);
    return r.getBody();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> mapa(Object o) {
    return (Map<String, Object>) o;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> lista(Object o) {
    return (List<Map<String, Object>>) o;
  }

  private static Map<String, Object> abril(Map<String, Object> indicador) {
    Map<String, Object> mes = lista(indicador.get("meses")).get(3);
    assertThat(mes).containsEntry("mes", 4).containsEntry("nombre", "abril");
    return mes;
  }

  private static Map<String, Object> grupo(List<Map<String, Object>> grupos, String clave) {
    return grupos.stream().filter(g -> clave.equals(g.get("clave"))).findFirst().orElseThrow();
  }

  @Test
  void abrilDaLaMediaCalculadaAManoEnCalendarioYEnHorasLaborables() {
    Map<String, Object> incidencias = mapa(abril(leer("jefe.oti")).get("incidencias"));

    assertThat(incidencias).containsEntry("reportadas", 5).containsEntry("cerradas", 4);
    assertThat(mapa(incidencias.get("calendario")))
        .containsEntry("suma", 1_141_200)
        .containsEntry("media", 285_300)
        .containsEntry("mediana", 336_600)
        .containsEntry("p90", 410_400);
    assertThat(mapa(incidencias.get("laborable")))
        .containsEntry("suma", 93_600)
        .containsEntry("media", 23_400)
        .containsEntry("mediana", 9_000)
        .containsEntry("p90", 72_000);
  }

  @Test
  void laSeccionXIDivideEntreLasReportadasYCuentaLasAbiertasHastaElFinDeMes() {
    Map<String, Object> incidencias = mapa(abril(leer("jefe.oti")).get("incidencias"));
    // 298 h / 5 y 51 h laborables / 5: 004 y 005 seguían abiertas al 1 de mayo, 00:00 (ver
    // FixtureAbril).
    assertThat(mapa(incidencias.get("seccionXI")))
        .containsEntry("calendario", 214_560)
        .containsEntry("laborable", 36_720);
  }

  @Test
  void lasAbiertasSeCuentanAparteYNoEntranEnLaMedia() {
    Map<String, Object> indicador = leer("jefe.uast");
    Map<String, Object> incidencias = mapa(abril(indicador).get("incidencias"));
    // 005 sigue abierta; 004 se cerró el 4 de mayo: al fin de abril estaban abiertas las dos.
    assertThat(incidencias).containsEntry("abiertasAlFinDeMes", 2).containsEntry("pendientes", 1);
    assertThat(lista(indicador.get("abiertasFueraDeMeta")))
        .filteredOn(a -> FixtureAbril.codigo(5).equals(a.get("codigo")))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a)
                  .containsEntry("processInstanceId", FixtureAbril.INSTANCIA_ABIERTA)
                  .containsEntry("meta", 18 * 3600)
                  .containsEntry("categoria", "Hardware");
              assertThat(((Number) a.get("transcurridoLaborable")).longValue())
                  .isGreaterThan(18 * 3600);
            });
  }

  @Test
  void losRequerimientosSeInformanAparte() {
    Map<String, Object> mes = abril(leer("jefe.oti"));
    assertThat(mapa(mes.get("requerimientos")))
        .containsEntry("reportados", 1)
        .containsEntry("cerrados", 1);
    assertThat(mapa(mapa(mes.get("requerimientos")).get("calendario")))
        .containsEntry("media", 3 * 3600);
    assertThat(lista(mapa(mes.get("incidencias")).get("porCategoria")))
        .extracting(g -> g.get("clave"))
        .containsExactlyInAnyOrder(
            "HARDWARE", "REDES_COMUNICACIONES", "SISTEMAS_APLICATIVOS", "OTROS");
    assertThat(grupo(lista(mapa(mes.get("incidencias")).get("porCategoria")), "HARDWARE"))
        .containsEntry("cerradas", 1)
        .containsEntry("mediaCalendario", 410_400);
  }

  @Test
  void laEsperaDelProveedorSeInformaAparteYElTicketReescaladoCuentaUnaVez() {
    Map<String, Object> incidencias = mapa(abril(leer("jefe.oti")).get("incidencias"));
    assertThat(mapa(incidencias.get("proveedor")))
        .containsEntry("incidencias", 1)
        .containsEntry("sumaCalendario", 29 * 3600)
        .containsEntry("sumaLaborable", 14 * 3600)
        .containsEntry("sumaPropiaLaborable", 12 * 3600)
        .containsEntry("mediaPropiaLaborable", 3 * 3600);
    assertThat(grupo(lista(incidencias.get("porCategoria")), "SISTEMAS_APLICATIVOS"))
        .containsEntry("cerradas", 1);
  }

  @Test
  void laMetaDeLaTablaDeDecisionSeAplicaPorCategoria() {
    Map<String, Object> incidencias = mapa(abril(leer("jefe.oti")).get("incidencias"));
    assertThat(incidencias)
        .containsEntry("conMeta", 4)
        .containsEntry("dentroDeMeta", 3)
        .containsEntry("porcentajeDentroDeMeta", 75.0);
    assertThat(grupo(lista(incidencias.get("porCategoria")), "SISTEMAS_APLICATIVOS"))
        .containsEntry("porcentajeDentroDeMeta", 0.0);
    assertThat(grupo(lista(incidencias.get("porTecnico")), "tecnico1"))
        .containsEntry("cerradas", 2)
        .containsEntry("mediaCalendario", 381_600)
        .containsEntry("mediaLaborable", 41_400)
        .containsEntry("porcentajeDentroDeMeta", 50.0);
    assertThat(grupo(lista(incidencias.get("porTecnico")), "tecnico2"))
        .containsEntry("mediaLaborable", 5_400)
        .containsEntry("porcentajeDentroDeMeta", 100.0);
    assertThat(grupo(lista(incidencias.get("porCanal")), "TELEFONO"))
        .containsEntry("cerradas", 1)
        .containsEntry("etiqueta", "Teléfono (anexo 2351)");
  }

  @Test
  void laTablaDeDecisionSeEvaluaUnaVezPorCategoriaYTipoNoPorTicket() {
    long antes =
        motor
            .getHistoryService()
            .createHistoricDecisionInstanceQuery()
            .decisionDefinitionKey("metaAtencion")
            .count();
    leer("jefe.oti");
    long despues =
        motor
            .getHistoryService()
            .createHistoricDecisionInstanceQuery()
            .decisionDefinitionKey("metaAtencion")
            .count();
    Integer tickets =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM ticket WHERE registrado_en >= ? AND registrado_en < ?",
            Integer.class,
            FixtureAbril.at(1, 1, 0, 0),
            FixtureAbril.at(12, 31, 23, 59).plusMinutes(1));
    // Cada par una vez, antes de leer el registro (issue 11: nunca dentro de la lectura de solo
    // lectura).
    long pares = (long) Servicio.Categoria.values().length * TipoTicket.values().length;
    assertThat(despues - antes).isEqualTo(pares);
    assertThat(tickets).isGreaterThan(0);
  }

  @Test
  void elAnioInvalidoSeRechazaNombrandoElCampo() {
    for (String anio : List.of("dosmil", "1850", "")) {
      ResponseEntity<Map<String, Object>> r =
          http.withBasicAuth("jefe.oti", "demo")
              .exchange(
                  "/api/indicadores/tiempo-atencion?anio=" + anio, HttpMethod.GET, null, JSON);
      assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(mapa(r.getBody().get("errores"))).containsKey("anio");
    }
    ResponseEntity<Map<String, Object>> r =
        http.withBasicAuth("jefe.oti", "demo")
            .exchange(
                "/api/indicadores/tiempo-atencion.xlsx?anio=20x6", HttpMethod.GET, null, JSON);
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(mapa(r.getBody().get("errores")).get("anio"))
        .asString()
        .contains("«20x6» no es un año válido");
  }

  @Test
  void soloLasJefaturasYLaAdministracionLeenElIndicador() {
    assertThat(
            http.getForEntity("/api/indicadores/tiempo-atencion?anio=2026", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<Map<String, Object>> tecnico =
        http.withBasicAuth("tecnico1", "demo")
            .exchange("/api/indicadores/tiempo-atencion?anio=2026", HttpMethod.GET, null, JSON);
    assertThat(tecnico.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(tecnico.getBody().get("mensaje")).asString().contains("jefaturas");
    assertThat(leer("admin")).containsEntry("anio", 2026);
  }

  @Test
  void laHojaDeCalculoTieneLasMismasCifrasEnHoras() throws Exception {
    ResponseEntity<byte[]> r =
        http.withBasicAuth("jefe.oti", "demo")
            .getForEntity("/api/indicadores/tiempo-atencion.xlsx?anio=2026", byte[].class);
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(r.getHeaders().getContentType()).isEqualTo(Descarga.XLSX);
    assertThat(r.getHeaders().getContentDisposition().getFilename())
        .isEqualTo("indicador-tiempo-atencion-2026.xlsx");
    try (XSSFWorkbook libro = new XSSFWorkbook(new ByteArrayInputStream(r.getBody()))) {
      Sheet hoja = libro.getSheet(TiempoAtencionXlsx.HOJA_MENSUAL);
      Row encabezados = hoja.getRow(3);
      Row abril = hoja.getRow(4 + 3);
      assertThat(abril.getCell(0).getStringCellValue()).isEqualTo("abril");
      assertThat(abril.getCell(1).getNumericCellValue()).isEqualTo(5);
      assertThat(abril.getCell(2).getNumericCellValue()).isEqualTo(4);
      // La cifra principal, la de la sección XI, va primero; la media de las cerradas, al lado y
      // rotulada.
      assertThat(encabezados.getCell(4).getStringCellValue())
          .isEqualTo("Tiempo promedio sección XI (h)");
      assertThat(abril.getCell(4).getNumericCellValue()).isEqualTo(59.6);
      assertThat(encabezados.getCell(5).getStringCellValue())
          .isEqualTo("Tiempo promedio sección XI laborable (h)");
      assertThat(abril.getCell(5).getNumericCellValue()).isEqualTo(10.2);
      assertThat(encabezados.getCell(7).getStringCellValue())
          .isEqualTo("Media de las cerradas (h)");
      assertThat(abril.getCell(7).getNumericCellValue()).isEqualTo(79.25);
      assertThat(encabezados.getCell(11).getStringCellValue())
          .isEqualTo("Media de las cerradas laborable (h)");
      assertThat(abril.getCell(11).getNumericCellValue()).isEqualTo(6.5);
      assertThat(abril.getCell(14).getNumericCellValue()).isEqualTo(75.0);
      assertThat(libro.getSheet("Por técnico")).isNotNull();
      Sheet abiertas = libro.getSheet("Abiertas fuera de meta");
      List<String> codigos = new ArrayList<>();
      for (int i = 4; i <= abiertas.getLastRowNum(); i++) {
        codigos.add(abiertas.getRow(i).getCell(0).getStringCellValue());
      }
      assertThat(codigos).contains(FixtureAbril.codigo(5));
    }
  }

  @Test
  void conLaSesionDeCockpitLaJefaturaLeeElIndicador() {
    ResponseEntity<String> pagina =
        http.getForEntity("/camunda/app/cockpit/default/", String.class);
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
    cabeceras.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    ResponseEntity<String> ingreso =
        http.exchange(
            "/camunda/api/admin/auth/user/default/login/cockpit",
            HttpMethod.POST,
            new HttpEntity<>("username=jefe.oti&password=demo", cabeceras),
            String.class);
    assertThat(ingreso.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<String> sesion = new ArrayList<>(cabeceras.get(HttpHeaders.COOKIE));
    ingreso
        .getHeaders()
        .getOrEmpty(HttpHeaders.SET_COOKIE)
        .forEach(
            c -> {
              sesion.removeIf(v -> v.startsWith(c.split("=")[0] + "="));
              sesion.add(c.split(";")[0]);
            });
    // Como el plugin tiempo-atencion.js: fetch con las cookies de la sesión de Cockpit y Accept
    // JSON.
    HttpHeaders conSesion = new HttpHeaders();
    conSesion.put(HttpHeaders.COOKIE, sesion);
    conSesion.setAccept(List.of(MediaType.APPLICATION_JSON));

    ResponseEntity<Map<String, Object>> r =
        http.exchange(
            "/api/indicadores/tiempo-atencion?anio=2026",
            HttpMethod.GET,
            new HttpEntity<>(conSesion),
            JSON);
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(mapa(abril(r.getBody()).get("incidencias"))).containsEntry("cerradas", 4);
  }
}
