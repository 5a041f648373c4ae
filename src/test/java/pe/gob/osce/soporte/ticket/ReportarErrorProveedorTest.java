package pe.gob.osce.soporte.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static pe.gob.osce.soporte.ticket.EscenarioTicket.solicitanteNuevo;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import pe.gob.osce.soporte.PruebaIntegracion;
import pe.gob.osce.soporte.comun.DatosInvalidosException;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Elementos;

/**
 * Actividad 9 por teléfono o correo: la mesa de ayuda o el técnico del ticket inician {@code
 * reportarErrorProveedor} y el ticket vuelve a la actividad 8; fuera de la ventana, nada cambia.
 */
class ReportarErrorProveedorTest extends PruebaIntegracion {

  private static final ParameterizedTypeReference<List<Map<String, Object>>> LISTA =
      new ParameterizedTypeReference<>() {};
  private static final String DETALLE =
      "Llamó la usuaria: la impresora vuelve a atascar el papel tras el cambio de fusor.";

  @Autowired AtencionTicketAdapter atencion;
  @Autowired RegistroActividades registro;
  @Autowired TestRestTemplate http;

  /** Incidencia de tecnico1 escalada al proveedor, que ya informó: corre la ventana de 24 horas. */
  private ProcessInstance ticketEnVentana() {
    ProcessInstance ticket = EscenarioTicket.sinSolucionar(atencion, solicitanteNuevo());
    EscenarioTicket.escalar(ticket, "impresoras-sac@proveedor.pe");
    EscenarioTicket.tomarConocimiento(ticket);
    assertThat(ticket).isWaitingAt(Elementos.VENTANA_24_HORAS);
    return ticket;
  }

  private ResponseEntity<Map> iniciar(String usuario, String codigoTicket, String detalle) {
    Map<String, Object> variables = new java.util.HashMap<>();
    variables.put(ReportarErrorProveedorProceso.Variables.CODIGO_TICKET.nombre(), codigoTicket);
    variables.put(ReportarErrorProveedorProceso.Variables.DETALLE.nombre(), detalle);
    Map<String, Object> cuerpo =
        Map.of(
            "variables",
            variables.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> Map.of("value", e.getValue()))));
    return http.withBasicAuth(usuario, "demo")
        .postForEntity(
            "/engine-rest/process-definition/key/"
                + ReportarErrorProveedorProceso.CLAVE
                + "/submit-form",
            new HttpEntity<>(cuerpo),
            Map.class);
  }

  private List<String> actividades(String codigo) {
    return registro.pasos(codigo).stream().map(PasoTicket::actividad).toList();
  }

  @Test
  void laMesaDeAyudaRegistraElErrorReportadoPorTelefonoYElTicketVuelveALaActividad8() {
    ProcessInstance ticket = ticketEnVentana();
    String codigo = ticket.getBusinessKey();

    ResponseEntity<Map> r = iniciar("asistente", codigo, DETALLE);

    assertThat(r.getStatusCode()).as(String.valueOf(r.getBody())).isEqualTo(HttpStatus.OK);
    assertThat(ticket)
        .isWaitingAt(Elementos.SOLICITAR_ATENCION_TERCEROS)
        .hasPassed(Elementos.ERROR_SERVICIO_PROVEEDOR);
    assertThat(registro.obtener(codigo).estado()).isEqualTo(EstadoTicket.ESCALADO_PROVEEDOR);
    List<PasoTicket> pasos = registro.pasos(codigo);
    assertThat(pasos)
        .extracting(PasoTicket::actividad)
        .endsWith(
            ReportarErrorProveedorProceso.Elementos.REPORTAR, Elementos.ERROR_SERVICIO_PROVEEDOR);
    PasoTicket reporte = pasos.get(pasos.size() - 2);
    assertThat(reporte.usuario()).isEqualTo("asistente");
    assertThat(reporte.detalle()).contains("teléfono o correo").contains(DETALLE);
    assertThat(
            historyService()
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey(ReportarErrorProveedorProceso.CLAVE)
                .processInstanceId((String) r.getBody().get("id"))
                .finished()
                .count())
        .isEqualTo(1);
  }

  @Test
  void elTecnicoDelTicketPuedeReportarloYOtroTecnicoNo() {
    ProcessInstance ticket = ticketEnVentana();
    String codigo = ticket.getBusinessKey();
    List<String> antes = actividades(codigo);

    ResponseEntity<Map> otro = iniciar("tecnico2", codigo, DETALLE);
    assertThat(otro.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat((String) otro.getBody().get("message"))
        .contains("técnico asignado al ticket " + codigo + " (tecnico1)");
    assertThat(ticket).isWaitingAt(Elementos.VENTANA_24_HORAS);
    assertThat(actividades(codigo)).isEqualTo(antes);

    ResponseEntity<Map> suyo = iniciar("tecnico1", codigo, DETALLE);
    assertThat(suyo.getStatusCode()).as(String.valueOf(suyo.getBody())).isEqualTo(HttpStatus.OK);
    assertThat(ticket).isWaitingAt(Elementos.SOLICITAR_ATENCION_TERCEROS);
    assertThat(registro.pasos(codigo).get(registro.pasos(codigo).size() - 2).usuario())
        .isEqualTo("tecnico1");
  }

  @Test
  void pasadaLaVentanaDe24HorasSeRechazaConElMotivoYNadaCambia() {
    Date inicio = new Date();
    ClockUtil.setCurrentTime(inicio);
    ProcessInstance ticket = ticketEnVentana();
    String codigo = ticket.getBusinessKey();
    ClockUtil.setCurrentTime(
        new Date(inicio.getTime() + Duration.ofHours(24).plusMinutes(1).toMillis()));
    execute(job(Elementos.ESPERAR_24_HORAS, ticket));
    assertThat(ticket).isWaitingAt(Elementos.CERRAR_TICKET);
    List<String> antes = actividades(codigo);
    long iniciados =
        historyService()
            .createHistoricProcessInstanceQuery()
            .processDefinitionKey(ReportarErrorProveedorProceso.CLAVE)
            .count();

    ResponseEntity<Map> r = iniciar("asistente", codigo, DETALLE);

    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) r.getBody().get("message"))
        .contains("codigoTicket: el ticket " + codigo + " no está en la ventana de 24 horas");
    assertThat(ticket).isWaitingAt(Elementos.CERRAR_TICKET);
    assertThat(actividades(codigo)).isEqualTo(antes);
    assertThat(
            historyService()
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey(ReportarErrorProveedorProceso.CLAVE)
                .count())
        .isEqualTo(iniciados);
  }

  @Test
  void unTicketQueNoExisteOSinDetalleSeRechazaNombrandoElCampo() {
    ResponseEntity<Map> inexistente = iniciar("asistente", "SOP-1999-000001", DETALLE);
    assertThat(inexistente.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) inexistente.getBody().get("message"))
        .contains("codigoTicket: el ticket «SOP-1999-000001» no existe");

    ProcessInstance ticket = ticketEnVentana();
    ResponseEntity<Map> sinDetalle = iniciar("asistente", ticket.getBusinessKey(), " ");
    assertThat(sinDetalle.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) sinDetalle.getBody().get("message")).contains("detalle: es obligatorio");
    assertThat(ticket).isWaitingAt(Elementos.VENTANA_24_HORAS);
  }

  @Test
  void unTicketQueAunNoLlegaALaVentanaSeRechazaEnElMotor() {
    ProcessInstance ticket = EscenarioTicket.sinSolucionar(atencion, solicitanteNuevo());
    como("asistente");

    assertThatThrownBy(
            () ->
                runtimeService()
                    .startProcessInstanceByKey(
                        ReportarErrorProveedorProceso.CLAVE,
                        Map.of(
                            ReportarErrorProveedorProceso.Variables.CODIGO_TICKET.nombre(),
                            ticket.getBusinessKey(),
                            ReportarErrorProveedorProceso.Variables.DETALLE.nombre(),
                            DETALLE)))
        .isInstanceOf(DatosInvalidosException.class)
        .hasMessageContaining("Estado del ticket: " + EstadoTicket.EN_ATENCION.etiqueta());
    identidades.clearAuthentication();
    assertThat(ticket).isWaitingAt(Elementos.SOLICITAR_ATENCION_TERCEROS);
  }

  @Test
  void laMesaDeAyudaYLosTecnicosLoVenEnTasklistLasJefaturasNo() {
    String ruta =
        "/engine-rest/process-definition?latestVersion=true&startableInTasklist=true"
            + "&startablePermissionCheck=true&key="
            + ReportarErrorProveedorProceso.CLAVE;
    for (String usuario : List.of("asistente", "tecnico1")) {
      assertThat(
              http.withBasicAuth(usuario, "demo")
                  .exchange(ruta, HttpMethod.GET, null, LISTA)
                  .getBody())
          .as(usuario)
          .singleElement()
          .satisfies(d -> assertThat(d).containsEntry("versionTag", "PS01.01.01-v02"));
    }
    assertThat(
            http.withBasicAuth("jefe.uast", "demo")
                .exchange(ruta, HttpMethod.GET, null, LISTA)
                .getBody())
        .isEmpty();
  }
}
