package pe.gob.osce.soporte.ticket.conformidad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static pe.gob.osce.soporte.ticket.EscenarioTicket.asignar;
import static pe.gob.osce.soporte.ticket.EscenarioTicket.atender;
import static pe.gob.osce.soporte.ticket.EscenarioTicket.evaluar;
import static pe.gob.osce.soporte.ticket.EscenarioTicket.solicitanteNuevo;
import static pe.gob.osce.soporte.ticket.EscenarioTicket.solicitud;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import pe.gob.osce.soporte.PruebaIntegracion;
import pe.gob.osce.soporte.catalogo.Canal;
import pe.gob.osce.soporte.catalogo.Servicio;
import pe.gob.osce.soporte.catalogo.TipoTicket;
import pe.gob.osce.soporte.ticket.AtencionTicketAdapter;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Elementos;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Variables;
import pe.gob.osce.soporte.ticket.EscenarioTicket;
import pe.gob.osce.soporte.ticket.EstadoTicket;
import pe.gob.osce.soporte.ticket.ModoAtencion;
import pe.gob.osce.soporte.ticket.RegistroActividades;
import pe.gob.osce.soporte.ticket.Ticket;

/**
 * Actividades 7 y 9 sin iniciar sesión: los enlaces "Conforme con la atención" y "Reportar un
 * problema" del correo de conformidad, usados como los usa el/la servidor/a desde su correo.
 */
class ConformidadPorEnlaceTest extends PruebaIntegracion {

  private static final Pattern ENLACE =
      Pattern.compile("(Conforme con la atención|Reportar un problema): \\S*(/conformidad/\\S+)");

  @Autowired AtencionTicketAdapter atencion;
  @Autowired RegistroActividades registro;
  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;

  record Enlaces(String conforme, String problema) {}

  @Test
  void conformeConLaAtencionQuedaEnElRegistroYElEnlaceNoSirveDosVeces() throws Exception {
    String solicitante = solicitanteNuevo();
    ProcessInstance ticket = atendidoYSolucionado(solicitante);
    Enlaces enlaces = enlacesDelCorreo(solicitante);

    ResponseEntity<String> pregunta = http.getForEntity(enlaces.conforme(), String.class);
    assertThat(pregunta.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(pregunta.getBody())
        .contains(
            "¿Confirma que está conforme con la atención del ticket " + ticket.getBusinessKey())
        .contains("<form method=\"post\">");
    assertThat(conformidad(ticket.getBusinessKey()))
        .as("abrir el enlace no registra nada")
        .isNull();

    ResponseEntity<String> respuesta = http.postForEntity(enlaces.conforme(), null, String.class);

    assertThat(respuesta.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(respuesta.getBody()).contains("Registramos su conformidad");
    assertThat(conformidad(ticket.getBusinessKey())).isEqualTo(ConformidadTicket.CANAL_ENLACE);
    assertThat(registro.pasos(ticket.getBusinessKey()))
        .anySatisfy(
            p -> {
              assertThat(p.actividad()).isEqualTo(Elementos.SOLICITAR_CONFORMIDAD);
              assertThat(p.detalle()).contains("Conformidad con la atención");
            });
    ResponseEntity<String> otraVez = http.postForEntity(enlaces.conforme(), null, String.class);
    ResponseEntity<String> elOtroEnlace =
        http.postForEntity(enlaces.problema(), null, String.class);
    assertThat(otraVez.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(otraVez.getBody()).contains("Este enlace ya se usó");
    assertThat(elOtroEnlace.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(
            runtimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKeyLike("SOP-%")
                .variableValueEquals(Variables.SOLICITANTE.nombre(), solicitante)
                .count())
        .as("ningún ticket nuevo")
        .isEqualTo(1);
  }

  @Test
  void problemaReportadoDentroDeLas24HorasVuelveAlProveedor() throws Exception {
    String solicitante = solicitanteNuevo();
    Date inicio = new Date();
    ClockUtil.setCurrentTime(inicio);
    ProcessInstance ticket = enVentanaDe24Horas(solicitante);
    Enlaces enlaces = enlacesDelCorreo(solicitante);
    ClockUtil.setCurrentTime(new Date(inicio.getTime() + Duration.ofHours(23).toMillis()));

    ResponseEntity<String> respuesta = http.postForEntity(enlaces.problema(), null, String.class);

    assertThat(respuesta.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(respuesta.getBody()).contains("vuelve a escalarse al proveedor");
    assertThat(ticket)
        .hasPassed(Elementos.ERROR_SERVICIO_PROVEEDOR)
        .isWaitingAt(Elementos.SOLICITAR_ATENCION_TERCEROS);
    assertThat(registro.obtener(ticket.getBusinessKey()).estado())
        .isEqualTo(EstadoTicket.ESCALADO_PROVEEDOR);
  }

  @Test
  void problemaReportadoSinVentanaAbiertaAbreUnTicketLigado() throws Exception {
    String solicitante = solicitanteNuevo();
    ProcessInstance ticket = atendidoYSolucionado(solicitante);
    Enlaces enlaces = enlacesDelCorreo(solicitante);

    ResponseEntity<String> respuesta = http.postForEntity(enlaces.problema(), null, String.class);

    assertThat(respuesta.getStatusCode()).isEqualTo(HttpStatus.OK);
    Matcher nuevo =
        Pattern.compile("ticket nuevo (SOP-\\d{4}-\\d{6})").matcher(respuesta.getBody());
    assertThat(nuevo.find()).as(respuesta.getBody()).isTrue();
    Ticket ligado = registro.obtener(nuevo.group(1));
    assertThat(ligado.solicitante()).isEqualTo(solicitante);
    assertThat(ligado.asunto()).startsWith("Problema tras el ticket " + ticket.getBusinessKey());
    assertThat(ligado.descripcion()).contains(ticket.getBusinessKey());
    assertThat(registro.pasos(ticket.getBusinessKey()))
        .anySatisfy(p -> assertThat(p.detalle()).contains("se abrió el ticket " + ligado.codigo()));
  }

  @Test
  void enlacesFalsificadosOVencidosSeRechazanSinCambiarNada() throws Exception {
    String solicitante = solicitanteNuevo();
    ProcessInstance ticket = atendidoYSolucionado(solicitante);
    Enlaces enlaces = enlacesDelCorreo(solicitante);
    String falsificado = enlaces.conforme().substring(0, enlaces.conforme().length() - 4) + "AAAA";
    String otraAccion = enlaces.problema().replace(".PROBLEMA.", ".CONFORME.");

    ResponseEntity<String> conFirmaAlterada = http.postForEntity(falsificado, null, String.class);
    ResponseEntity<String> conAccionCambiada = http.postForEntity(otraAccion, null, String.class);
    ResponseEntity<String> inventado =
        http.getForEntity("/conformidad/abc.CONFORME.99999999999.xyz", String.class);
    ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + Duration.ofDays(8).toMillis()));
    ResponseEntity<String> vencido = http.postForEntity(enlaces.conforme(), null, String.class);

    assertThat(List.of(conFirmaAlterada, conAccionCambiada, inventado))
        .allSatisfy(
            r -> {
              assertThat(r.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
              assertThat(r.getBody()).contains("Este enlace no es válido").contains("lang=\"es\"");
            });
    assertThat(vencido.getStatusCode()).isEqualTo(HttpStatus.GONE);
    assertThat(vencido.getBody()).contains("Este enlace ya venció");
    assertThat(conformidad(ticket.getBusinessKey())).isNull();
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM enlace_conformidad WHERE codigo_ticket = ? AND usado_en IS NOT NULL",
                Integer.class,
                ticket.getBusinessKey()))
        .isZero();
  }

  @Test
  void laApiSigueExigiendoCredencialesAunqueLosEnlacesNoLasPidan() {
    assertThat(http.getForEntity("/api/tickets/SOP-2026-000001", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private ProcessInstance atendidoYSolucionado(String solicitante) {
    ProcessInstance ticket =
        EscenarioTicket.iniciarComoAsistente(
            atencion,
            identidades,
            solicitud(TipoTicket.INCIDENCIA, Servicio.MONITOR, Canal.TELEFONO, solicitante));
    execute(job(Elementos.SOLICITAR_REGULARIZACION, ticket));
    asignar(ticket, "tecnico1");
    evaluar(ticket, ModoAtencion.PRESENCIAL);
    atender(ticket, Elementos.ATENDER_PRESENCIAL, true, false, "causaHardwareVerificada", true);
    execute(job(Elementos.SOLICITAR_CONFORMIDAD, ticket));
    return ticket;
  }

  private ProcessInstance enVentanaDe24Horas(String solicitante) {
    ProcessInstance ticket = EscenarioTicket.sinSolucionar(atencion, solicitante);
    EscenarioTicket.escalar(ticket, "impresoras-sac@proveedor.pe");
    EscenarioTicket.tomarConocimiento(ticket);
    assertThat(ticket).isWaitingAt(Elementos.VENTANA_24_HORAS);
    return ticket;
  }

  /**
   * Los dos enlaces del último correo de conformidad del/de la solicitante, como rutas del
   * servicio.
   */
  private static Enlaces enlacesDelCorreo(String solicitante) throws Exception {
    List<MimeMessage> recibidos = buzon(solicitante);
    String cuerpo = (String) recibidos.get(recibidos.size() - 1).getContent();
    Matcher m = ENLACE.matcher(cuerpo);
    String conforme = null;
    String problema = null;
    while (m.find()) {
      if (m.group(1).startsWith("Conforme")) {
        conforme = m.group(2);
      } else {
        problema = m.group(2);
      }
    }
    assertThat(conforme).as(cuerpo).isNotNull();
    assertThat(problema).as(cuerpo).isNotNull();
    return new Enlaces(conforme, problema);
  }

  private String conformidad(String codigo) {
    Ticket ticket = registro.obtener(codigo);
    assertThat(ticket.conformidadEn() == null)
        .as("hora y canal de la conformidad van juntos")
        .isEqualTo(ticket.conformidadCanal() == null);
    return ticket.conformidadCanal();
  }
}
