package pe.gob.osce.soporte.equipo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import pe.gob.osce.soporte.PruebaIntegracion;
import pe.gob.osce.soporte.ticket.AtencionTicketAdapter;
import pe.gob.osce.soporte.ticket.EscenarioTicket;
import pe.gob.osce.soporte.ticket.SolicitudTicket;

/**
 * Las descargas .xlsx de los dos registros ({@code /api/registros/...}): encabezados en español,
 * filas del rango de fechas pedido y nada más, y un 400 que nombra el campo si una fecha está mal
 * escrita.
 */
class RegistrosXlsxTest extends PruebaIntegracion {

  @Autowired TestRestTemplate http;
  @Autowired RegistroEquipos registro;
  @Autowired CicloVidaEquipoAdapter cicloVida;
  @Autowired AtencionTicketAdapter atencion;

  private static void relojEn(int anio, int mes, int dia) {
    ClockUtil.setCurrentTime(
        Date.from(
            LocalDateTime.of(anio, mes, dia, 10, 0).atZone(ZoneId.of("America/Lima")).toInstant()));
  }

  private ResponseEntity<byte[]> descargar(String ruta) {
    return http.withBasicAuth("jefe.uast", "demo").getForEntity(ruta, byte[].class);
  }

  /** Las filas de datos (bajo el título, el subtítulo y los encabezados), como texto. */
  private static List<List<String>> filas(Sheet hoja) {
    DataFormatter f = new DataFormatter();
    List<List<String>> filas = new ArrayList<>();
    for (int i = 4; i <= hoja.getLastRowNum(); i++) {
      List<String> celdas = new ArrayList<>();
      hoja.getRow(i).forEach(c -> celdas.add(f.formatCellValue(c)));
      filas.add(celdas);
    }
    return filas;
  }

  private static List<String> encabezados(Sheet hoja) {
    List<String> textos = new ArrayList<>();
    Row fila = hoja.getRow(3);
    fila.forEach(c -> textos.add(c.getStringCellValue()));
    return textos;
  }

  @Test
  void registroDeAltaBajaYTrasladoSeDescargaPorRangoDeFechas() throws Exception {
    relojEn(2024, 3, 10);
    String codigo =
        EscenarioEquipo.equipoRegistrado(registro, "IMPRESORA", "luz.ramos@osce.gob.pe");
    cicloVida.iniciar(codigo, null);
    relojEn(2024, 4, 2);
    EscenarioEquipo.diagnosticar(
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService()
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(codigo)
            .singleResult(),
        false);
    ClockUtil.reset();

    ResponseEntity<byte[]> respuesta =
        descargar("/api/registros/equipos.xlsx?desde=2024-03-01&hasta=2024-03-31");
    assertThat(respuesta.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(respuesta.getHeaders().getContentType().toString())
        .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(respuesta.getHeaders().getContentDisposition().getFilename())
        .isEqualTo("alta-baja-traslado-de-equipos.xlsx");
    try (var libro = new XSSFWorkbook(new ByteArrayInputStream(respuesta.getBody()))) {
      Sheet hoja = libro.getSheetAt(0);
      assertThat(hoja.getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("Alta, baja y traslado de equipos");
      assertThat(hoja.getRow(1).getCell(0).getStringCellValue())
          .isEqualTo("Del 01/03/2024 al 31/03/2024");
      assertThat(encabezados(hoja))
          .containsExactly(
              "Fecha y hora",
              "Código patrimonial",
              "Tipo",
              "Marca",
              "Modelo",
              "Serie",
              "Sede",
              "Estado anterior",
              "Estado nuevo",
              "Titular",
              "Motivo",
              "Ticket",
              "Usuario",
              "Sede de origen",
              "Sede de destino");
      List<List<String>> filas = filas(hoja);
      assertThat(filas).hasSize(2);
      assertThat(filas.get(0))
          .startsWith("10/03/2024 10:00", codigo, "Impresora", "HP", "ProDesk 400 G7");
      assertThat(filas.get(0))
          .contains(
              "(alta)",
              "asignado",
              "luz.ramos@osce.gob.pe",
              "Alta en el registro de equipos",
              "admin");
      assertThat(filas.get(1)).contains("asignado", "en diagnóstico");
    }

    try (var libro =
        new XSSFWorkbook(
            new ByteArrayInputStream(
                descargar("/api/registros/equipos.xlsx?desde=2024-04-01&hasta=2024-04-30")
                    .getBody()))) {
      List<List<String>> filas = filas(libro.getSheetAt(0));
      assertThat(filas).hasSize(2);
      assertThat(filas.get(0))
          .contains(
              codigo,
              "en diagnóstico",
              "malogrado",
              "Diagnóstico: inoperativo. Placa madre quemada.");
      assertThat(filas.get(1)).contains(codigo, "malogrado", "pendiente de baja");
    }
  }

  @Test
  void cadaFilaSeExportaConLaSedeQueTeniaEntoncesYElTrasladoConOrigenYDestino() throws Exception {
    relojEn(2023, 5, 10);
    String codigo = EscenarioEquipo.equipoRegistrado(registro, "MONITOR", null);
    relojEn(2023, 6, 3);
    registro.cambiar(
        codigo,
        EstadoEquipo.ASIGNADO,
        "luz.ramos@osce.gob.pe",
        "Asignado con el cargo N° 001-2023",
        null,
        "tecnico1",
        new Traslado("Sede Central", "Sede San Isidro"));
    ClockUtil.reset();
    assertThat(registro.buscar(codigo).orElseThrow().sede()).isEqualTo("Sede San Isidro");

    try (var libro =
        new XSSFWorkbook(
            new ByteArrayInputStream(
                descargar("/api/registros/equipos.xlsx?desde=2023-05-01&hasta=2023-06-30")
                    .getBody()))) {
      List<List<String>> filas =
          filas(libro.getSheetAt(0)).stream().filter(f -> f.contains(codigo)).toList();
      assertThat(filas).hasSize(2);
      assertThat(filas.get(0).get(6))
          .as("el alta, con la sede de entonces")
          .isEqualTo("Sede Central");
      assertThat(filas.get(1).get(6)).isEqualTo("Sede San Isidro");
      assertThat(filas.get(1)).endsWith("tecnico1", "Sede Central", "Sede San Isidro");
    }
  }

  @Test
  void registroActividadesDeSoporteSeDescargaPorFechaDeRegistro() throws Exception {
    relojEn(2024, 2, 20);
    String solicitante = EscenarioTicket.solicitanteNuevo();
    String ticket =
        EscenarioTicket.iniciarComoAsistente(
                atencion,
                identidades,
                new SolicitudTicket(
                    "INCIDENCIA",
                    "IMPRESORA",
                    "CORREO",
                    solicitante,
                    "La impresora atasca papel",
                    "Piso 3, módulo B",
                    null))
            .getBusinessKey();
    ClockUtil.reset();

    ResponseEntity<byte[]> respuesta =
        descargar("/api/registros/actividades-soporte.xlsx?desde=2024-02-01&hasta=2024-02-29");
    assertThat(respuesta.getStatusCode()).isEqualTo(HttpStatus.OK);
    try (var libro = new XSSFWorkbook(new ByteArrayInputStream(respuesta.getBody()))) {
      Sheet hoja = libro.getSheet("Actividades de soporte");
      assertThat(encabezados(hoja))
          .startsWith(
              "Código",
              "Registrado",
              "Tipo",
              "Categoría",
              "Servicio",
              "Canal",
              "Solicitante",
              "Asunto",
              "Comentarios")
          .contains("Técnico", "Tiempo de atención (horas)", "N° de cargo")
          .endsWith("Conformidad", "Canal de la conformidad");
      List<List<String>> filas = filas(hoja);
      assertThat(filas).hasSize(1);
      assertThat(filas.get(0))
          .startsWith(ticket, "20/02/2024 10:00", "Incidencia")
          .contains(
              solicitante,
              "La impresora atasca papel",
              "Piso 3, módulo B",
              "asistente",
              "Registrado");
    }
    try (var libro =
        new XSSFWorkbook(
            new ByteArrayInputStream(
                descargar(
                        "/api/registros/actividades-soporte.xlsx?desde=2024-03-01&hasta=2024-03-31")
                    .getBody()))) {
      assertThat(filas(libro.getSheetAt(0))).isEmpty();
    }
  }

  @Test
  void fechasMalEscritasDevuelven400ConElCampo() {
    ResponseEntity<Map<String, Object>> mal =
        http.withBasicAuth("jefe.uast", "demo")
            .exchange(
                "/api/registros/equipos.xlsx?desde=2026-13-01",
                HttpMethod.GET,
                null,
                new ParameterizedTypeReference<Map<String, Object>>() {});
    assertThat(mal.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(mal.getBody()).containsEntry("mensaje", "La consulta tiene datos inválidos.");
    assertThat(mal.getBody().get("errores"))
        .isEqualTo(
            Map.of(
                "desde",
                "«2026-13-01» no es una fecha válida: use el formato AAAA-MM-DD (p. ej. 2026-03-15)"));

    ResponseEntity<Map<String, Object>> alReves =
        http.withBasicAuth("jefe.uast", "demo")
            .exchange(
                "/api/registros/actividades-soporte.xlsx?desde=2026-05-01&hasta=2026-04-01",
                HttpMethod.GET,
                null,
                new ParameterizedTypeReference<Map<String, Object>>() {});
    assertThat(alReves.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(((Map<?, ?>) alReves.getBody().get("errores")).get("hasta"))
        .asString()
        .contains("no puede ser anterior");
  }
}
