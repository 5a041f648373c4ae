package pe.gob.osce.soporte.ticket.correo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import pe.gob.osce.soporte.PruebaIntegracion;
import pe.gob.osce.soporte.catalogo.Canal;
import pe.gob.osce.soporte.catalogo.Servicio;
import pe.gob.osce.soporte.catalogo.TipoTicket;
import pe.gob.osce.soporte.comun.DatosInvalidosException;
import pe.gob.osce.soporte.correo.BuzonDePrueba;
import pe.gob.osce.soporte.correo.BuzonEntrada;
import pe.gob.osce.soporte.correo.CorreosDePrueba;
import pe.gob.osce.soporte.ticket.AtencionTicketAdapter;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Elementos;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Variables;
import pe.gob.osce.soporte.ticket.EscenarioTicket;
import pe.gob.osce.soporte.ticket.RegistroActividades;

/**
 * Los caminos que el correo agrega a {@code atencionTicket}: inicio por {@code CorreoRecibido} con
 * y sin clasificación (actividad 1), el acuse solo para lo llegado al buzón, y la respuesta del
 * proveedor al escalamiento de la actividad 8, que se ve en el formulario de la 9.
 */
class EntradaPorCorreoProcesoTest extends PruebaIntegracion {

  @Autowired AtencionTicketAdapter atencion;
  @Autowired RegistroActividades registro;
  @Autowired BuzonEntrada buzonEntrada;
  @Autowired JdbcTemplate jdbc;

  private static Map<String, Object> correo(String solicitante, boolean clasificado) {
    Map<String, Object> variables =
        new HashMap<>(
            Map.of(
                Variables.CANAL.nombre(),
                Canal.CORREO.name(),
                Variables.SOLICITANTE.nombre(),
                solicitante,
                Variables.ASUNTO.nombre(),
                "El SIAF no abre",
                Variables.DESCRIPCION.nombre(),
                "Sale un error al iniciar.",
                Variables.CORREO_ENTRANTE.nombre(),
                "<" + solicitante + ">",
                Variables.REQUIERE_CLASIFICACION.nombre(),
                !clasificado));
    if (clasificado) {
      variables.putAll(
          Map.of(
              Variables.TIPO.nombre(),
              TipoTicket.INCIDENCIA.name(),
              Variables.SERVICIO.nombre(),
              Servicio.SIAF.name()));
    }
    return variables;
  }

  @Test
  void correoYaClasificadoSeRegistraAlInstanteYRecibeAcuse() {
    var iniciado = atencion.recibirCorreo(correo(EscenarioTicket.solicitanteNuevo(), true));
    ProcessInstance ticket = instancia(iniciado.processInstanceId());

    assertThat(iniciado.codigo()).matches("SOP-\\d{4}-\\d{6}");
    assertThat(ticket)
        .hasPassedInOrder(Elementos.CORREO_RECIBIDO, Elementos.REGISTRAR_TICKET)
        .hasNotPassed(Elementos.CLASIFICAR_TICKET)
        .isWaitingAt(Elementos.ACUSAR_RECIBO);
    execute(job(Elementos.ACUSAR_RECIBO, ticket));
    assertThat(ticket).isWaitingAt(Elementos.ASIGNAR_TECNICO);
  }

  @Test
  void correoSinClasificarEsperaALaMesaDeAyudaYNoSeRegistraConDatosIncompletos() {
    var iniciado = atencion.recibirCorreo(correo(EscenarioTicket.solicitanteNuevo(), false));
    ProcessInstance ticket = instancia(iniciado.processInstanceId());

    assertThat(iniciado.codigo()).isNull();
    assertThat(ticket)
        .isWaitingAt(Elementos.CLASIFICAR_TICKET)
        .task()
        .hasCandidateGroup("mesa-ayuda");
    String tarea = task(Elementos.CLASIFICAR_TICKET, ticket).getId();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> taskService().complete(tarea, Map.of()))
        .isInstanceOf(DatosInvalidosException.class)
        .hasMessageContaining("tipo: es obligatorio")
        .hasMessageContaining("servicio: es obligatorio");
    assertThat(ticket).isWaitingAt(Elementos.CLASIFICAR_TICKET);

    complete(
        task(Elementos.CLASIFICAR_TICKET, ticket),
        withVariables(
            Variables.TIPO.nombre(), "REQUERIMIENTO", Variables.SERVICIO.nombre(), "PROGRAMAS"));

    assertThat(ticket)
        .hasPassedInOrder(Elementos.CLASIFICAR_TICKET, Elementos.REGISTRAR_TICKET)
        .isWaitingAt(Elementos.ACUSAR_RECIBO);
    assertThat(
            registro
                .obtener(
                    runtimeService()
                        .getVariable(ticket.getId(), Variables.CODIGO_TICKET.nombre())
                        .toString())
                .servicio())
        .isEqualTo(Servicio.PROGRAMAS);
  }

  @Test
  void loRegistradoAManoNoRecibeAcuse() {
    ProcessInstance ticket =
        EscenarioTicket.iniciarComoAsistente(
            atencion,
            identidades,
            EscenarioTicket.solicitud(
                TipoTicket.INCIDENCIA,
                Servicio.MOUSE,
                Canal.CORREO,
                EscenarioTicket.solicitanteNuevo()));

    assertThat(ticket).isWaitingAt(Elementos.ASIGNAR_TECNICO).hasNotPassed(Elementos.ACUSAR_RECIBO);
  }

  @Test
  void laRespuestaDelProveedorAlEscalamientoQuedaConElTicketYEnLaActividad9() throws Exception {
    BuzonDePrueba buzon = new BuzonDePrueba(HOST_CORREO, IMAP);
    buzon.vaciar();
    String proveedor =
        "servicio-" + EscenarioTicket.solicitanteNuevo().replace("@osce.gob.pe", "@proveedor.pe");
    ProcessInstance ticket =
        EscenarioTicket.sinSolucionar(atencion, EscenarioTicket.solicitanteNuevo());
    EscenarioTicket.escalar(ticket, proveedor);
    List<MimeMessage> escalamiento = buzon(proveedor);
    String idEscalamiento = escalamiento.get(0).getMessageID();

    buzon.depositar(
        CorreosDePrueba.respuestaConAdjunto(
            "<guia-0045@proveedor.pe>",
            proveedor,
            "RE: Solicitud de atención",
            idEscalamiento,
            "Fusor reemplazado. Adjunto la guía de atención 0045.",
            "guia-0045.pdf"));
    buzonEntrada.leer();

    assertThat(ticket).isWaitingAt(Elementos.TOMAR_CONOCIMIENTO);
    assertThat(
            runtimeService()
                .getVariable(ticket.getId(), Variables.RESPUESTA_PROVEEDOR.nombre())
                .toString())
        .contains("Fusor reemplazado")
        .contains("guia-0045.pdf");
    assertThat(registro.pasos(ticket.getBusinessKey()))
        .anySatisfy(
            p -> {
              assertThat(p.nombre()).isEqualTo("Respuesta del proveedor por correo");
              assertThat(p.detalle()).contains("Fusor reemplazado");
            });
    assertThat(
            jdbc.queryForList(
                "SELECT archivo FROM documento WHERE codigo_ticket = ? AND clase = 'ADJUNTO_CORREO'",
                String.class,
                ticket.getBusinessKey()))
        .singleElement()
        .asString()
        .endsWith("guia-0045.pdf");
    assertThat(taskService().getTaskComments(task(Elementos.TOMAR_CONOCIMIENTO, ticket).getId()))
        .extracting(c -> c.getFullMessage())
        .anySatisfy(c -> assertThat(c).contains("Fusor reemplazado"));
    assertThat(
            java.nio.file.Files.readString(
                java.nio.file.Path.of("forms/A09_TomarConocimiento.form")))
        .contains("{{respuestaProveedor}}");
  }

  private static ProcessInstance instancia(String id) {
    return runtimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
  }
}
