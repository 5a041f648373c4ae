package pe.gob.osce.soporte.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static pe.gob.osce.soporte.ticket.EscenarioTicket.asignar;
import static pe.gob.osce.soporte.ticket.EscenarioTicket.atender;
import static pe.gob.osce.soporte.ticket.EscenarioTicket.cerrar;
import static pe.gob.osce.soporte.ticket.EscenarioTicket.evaluar;
import static pe.gob.osce.soporte.ticket.EscenarioTicket.solicitanteNuevo;
import static pe.gob.osce.soporte.ticket.EscenarioTicket.solicitud;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import pe.gob.osce.soporte.PruebaIntegracion;
import pe.gob.osce.soporte.catalogo.Canal;
import pe.gob.osce.soporte.catalogo.Servicio;
import pe.gob.osce.soporte.catalogo.TipoTicket;
import pe.gob.osce.soporte.config.DesdeModeler;
import pe.gob.osce.soporte.equipo.NuevoEquipo;
import pe.gob.osce.soporte.equipo.RegistroEquipos;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Elementos;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Variables;

/**
 * Tickets en curso pasan a la versión vigente de atencionTicket: simulación, lote de Camunda y
 * versión incompatible.
 */
class MigracionTicketsTest extends PruebaIntegracion {

  private static final String FUENTE = "prueba-migracion";
  private static final String HTML = "forms/A11_GuardarCargo.html";
  private static final String REVISAR = "Task_RevisarCierre";
  private static final String REVISAR_NUEVA = "Task_RevisarElCierre";
  private static final String ENCUESTA = "Task_EncuestaSatisfaccion";

  @Autowired AtencionTicketAdapter atencion;
  @Autowired RepositoryService repositorio;
  @Autowired RuntimeService ejecucion;
  @Autowired ManagementService gestion;
  @Autowired TestRestTemplate http;
  @Autowired RegistroEquipos equipos;

  @AfterEach
  void borrarVersiones() {
    repositorio
        .createDeploymentQuery()
        .deploymentSource(FUENTE)
        .list()
        .forEach(d -> repositorio.deleteDeployment(d.getId(), true));
  }

  private static String tarea(String id, String nombre, String siguiente) {
    return "<bpmn:userTask id=\""
        + id
        + "\" name=\""
        + nombre
        + "\" camunda:candidateGroups=\"mesa-ayuda\" />\n"
        + "    <bpmn:sequenceFlow id=\"Flow_"
        + id
        + "\" sourceRef=\""
        + id
        + "\" targetRef=\""
        + siguiente
        + "\" />\n    ";
  }

  /**
   * Versión 1 de prueba: el modelo empaquetado con una tarea de revisión antes de la actividad 12.
   */
  private static String conRevision() {
    return DesdeModeler.atencionTicket("PRUEBA-v01")
        .replace(
            "sourceRef=\"Gateway_HaciaCierre\" targetRef=\"A12_CerrarTicket\"",
            "sourceRef=\"Gateway_HaciaCierre\" targetRef=\"" + REVISAR + "\"")
        .replace(
            "<bpmn:sequenceFlow id=\"Flow_HaciaCierre\"",
            tarea(REVISAR, "Revisar el cierre", "A12_CerrarTicket")
                + "<bpmn:sequenceFlow id=\"Flow_HaciaCierre\"");
  }

  /**
   * Versión 2: la revisión renombrada (bpmn/migraciones.properties de prueba) y una encuesta
   * añadida tras ella.
   */
  private static String renombradaYConEncuesta() {
    return conRevision()
        .replace("PRUEBA-v01", "PRUEBA-v02")
        .replace(
            "<bpmn:userTask id=\"" + REVISAR + "\"", "<bpmn:userTask id=\"" + REVISAR_NUEVA + "\"")
        .replace(
            "id=\"Flow_"
                + REVISAR
                + "\" sourceRef=\""
                + REVISAR
                + "\" targetRef=\"A12_CerrarTicket\"",
            "id=\"Flow_"
                + REVISAR
                + "\" sourceRef=\""
                + REVISAR_NUEVA
                + "\" targetRef=\""
                + ENCUESTA
                + "\"")
        .replace("targetRef=\"" + REVISAR + "\"", "targetRef=\"" + REVISAR_NUEVA + "\"")
        .replace(
            "<bpmn:sequenceFlow id=\"Flow_HaciaCierre\"",
            tarea(ENCUESTA, "Encuesta de satisfacción", "A12_CerrarTicket")
                + "<bpmn:sequenceFlow id=\"Flow_HaciaCierre\"");
  }

  private ProcessDefinition desplegar(String modelo) {
    String id =
        repositorio
            .createDeployment()
            .name("atencionTicket")
            .source(FUENTE)
            .addInputStream(
                "atencionTicket.bpmn",
                new java.io.ByteArrayInputStream(modelo.getBytes(StandardCharsets.UTF_8)))
            .addString(HTML, DesdeModeler.recurso(HTML))
            .deploy()
            .getId();
    return repositorio.createProcessDefinitionQuery().deploymentId(id).singleResult();
  }

  private ResponseEntity<Map> migrar(boolean simulacion) {
    return http.withBasicAuth("jefe.uast", "demo")
        .postForEntity(
            "/api/procedimiento/migraciones",
            Map.of("proceso", AtencionTicketProceso.CLAVE, "simulacion", simulacion),
            Map.class);
  }

  private ProcessInstance nuevo() {
    return EscenarioTicket.iniciarComoAsistente(
        atencion,
        identidades,
        solicitud(TipoTicket.INCIDENCIA, Servicio.IMPRESORA, Canal.CORREO, solicitanteNuevo()));
  }

  private void atenderRemoto(ProcessInstance ticket) {
    atender(
        ticket,
        Elementos.ATENDER_REMOTO,
        true,
        false,
        "remotoAprobacionUsuario",
        true,
        "validacionSolicitada",
        true);
    execute(job(Elementos.SOLICITAR_CONFORMIDAD, ticket));
  }

  private String definicion(ProcessInstance ticket) {
    return ejecucion
        .createProcessInstanceQuery()
        .processInstanceId(ticket.getId())
        .singleResult()
        .getProcessDefinitionId();
  }

  /**
   * Cambio de equipo: cargo registrado y generado; queda en la actividad 11 esperando el cargo
   * firmado.
   */
  private ProcessInstance enCargo() {
    String codigo = "74089951" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
    equipos.darDeAlta(
        new NuevoEquipo(
            codigo, "CPU_LAPTOP", "Lenovo", "Modelo X", "SN-" + codigo, "Sede Central", null),
        "admin");
    ProcessInstance ticket =
        EscenarioTicket.iniciarComoAsistente(
            atencion,
            identidades,
            solicitud(
                TipoTicket.INCIDENCIA, Servicio.CPU_LAPTOP, Canal.CORREO, solicitanteNuevo()));
    asignar(ticket, "tecnico1");
    evaluar(ticket, ModoAtencion.PRESENCIAL);
    atender(ticket, Elementos.ATENDER_PRESENCIAL, true, true, "causaHardwareVerificada", true);
    execute(job(Elementos.SOLICITAR_CONFORMIDAD, ticket));
    complete(
        task(Elementos.REGISTRAR_CARGO, ticket),
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables(
            Variables.SERVIDOR.nombre(),
            "Luz Ramos Díaz",
            Variables.ORGANO_UNIDAD.nombre(),
            "Dirección de Arbitraje",
            Variables.EQUIPOS_ASIGNADOS.nombre(),
            codigo,
            Variables.TRASLADO_ENTRE_SEDES.nombre(),
            false));
    execute(job(Elementos.GENERAR_CARGO, ticket));
    return ticket;
  }

  /**
   * Actividad 11 con el cargo firmado (el PDF generado) y, tras el cierre, 13 y la consolidación
   * del mes.
   */
  private void guardarCargo(ProcessInstance ticket) throws Exception {
    String numero = (String) ejecucion.getVariable(ticket.getId(), Variables.NUMERO_CARGO.nombre());
    byte[] firmado =
        Files.readAllBytes(
            DOCUMENTOS
                .resolve("Asignaciones")
                .resolve("Cargo-" + numero + "-" + ticket.getBusinessKey() + ".pdf"));
    complete(
        task(Elementos.GUARDAR_CARGO, ticket),
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables(
            Variables.CARGO_FIRMADO.nombre(),
            org.camunda.bpm.engine.variable.Variables.fileValue("cargo-firmado.pdf")
                .file(firmado)
                .mimeType("application/pdf")
                .create()));
  }

  /**
   * Tickets en las actividades 2, 4, 9 (ventana de 24 horas abierta), 11 y en la revisión, sobre la
   * versión 1.
   */
  private List<ProcessInstance> ticketsEnCurso() {
    ProcessInstance en2 = nuevo();
    ProcessInstance en4 = nuevo();
    asignar(en4, "tecnico1");
    evaluar(en4, ModoAtencion.REMOTA);
    ProcessInstance en9 = EscenarioTicket.sinSolucionar(atencion, solicitanteNuevo());
    EscenarioTicket.escalar(en9, "impresoras-sac@proveedor.pe");
    EscenarioTicket.tomarConocimiento(en9);
    ProcessInstance enRevision = nuevo();
    asignar(enRevision, "tecnico1");
    evaluar(enRevision, ModoAtencion.REMOTA);
    atenderRemoto(enRevision);
    assertThat(en2).isWaitingAt(Elementos.ASIGNAR_TECNICO);
    assertThat(en4).isWaitingAt(Elementos.ATENDER_REMOTO);
    assertThat(en9).isWaitingAt(Elementos.VENTANA_24_HORAS);
    ProcessInstance en11 = enCargo();
    assertThat(enRevision).isWaitingAt(REVISAR);
    assertThat(en11).isWaitingAt(Elementos.GUARDAR_CARGO);
    return List.of(en2, en4, en9, enRevision, en11);
  }

  @Test
  @SuppressWarnings("unchecked")
  void unaVersionQueQuitaLaTareaDondeEsperaUnTicketSeRechazaNombrandoloYNadaSeMueve() {
    ProcessDefinition v1 = desplegar(conRevision());
    ProcessInstance enRevision = ticketsEnCurso().get(3);
    desplegar(DesdeModeler.atencionTicket("PRUEBA-sin-revision"));

    ResponseEntity<Map> simulacion = migrar(true);
    assertThat(simulacion.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((List<Map<String, Object>>) simulacion.getBody().get("pendientes"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p)
                  .containsEntry("ticket", enRevision.getBusinessKey())
                  .containsEntry("elemento", REVISAR);
              assertThat((String) p.get("motivo"))
                  .contains("El elemento " + REVISAR + " no existe en la versión");
            });
    assertThat(((Number) simulacion.getBody().get("migradas")).intValue())
        .isGreaterThanOrEqualTo(3);

    ResponseEntity<Map> real = migrar(false);
    assertThat(real.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(real.getBody()).containsEntry("migradas", 0);
    assertThat(real.getBody().get("pendientes").toString()).contains(enRevision.getBusinessKey());
    assertThat(gestion.createBatchQuery().count()).isZero();
    assertThat(definicion(enRevision)).isEqualTo(v1.getId());
  }

  @Test
  @SuppressWarnings("unchecked")
  void simulaMigraEnLoteConservaLosTemporizadoresYCadaTicketTerminaEnLaNuevaVersion()
      throws Exception {
    Date inicio = new Date();
    ClockUtil.setCurrentTime(inicio);
    ProcessDefinition v1 = desplegar(conRevision());
    List<ProcessInstance> tickets = ticketsEnCurso();
    ProcessInstance en9 = tickets.get(2);
    Job ventana =
        gestion
            .createJobQuery()
            .processInstanceId(en9.getId())
            .activityId(Elementos.ESPERAR_24_HORAS)
            .singleResult();
    ProcessDefinition v2 = desplegar(renombradaYConEncuesta());

    ResponseEntity<Map> simulacion = migrar(true);
    assertThat(simulacion.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((List<?>) simulacion.getBody().get("pendientes")).isEmpty();
    assertThat(((Number) simulacion.getBody().get("migradas")).intValue())
        .isGreaterThanOrEqualTo(tickets.size());
    tickets.forEach(t -> assertThat(definicion(t)).isEqualTo(v1.getId()));

    ResponseEntity<Map> real = migrar(false);
    assertThat(real.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((List<?>) real.getBody().get("pendientes")).isEmpty();
    ejecutarLotes();

    tickets.forEach(t -> assertThat(definicion(t)).as(t.getBusinessKey()).isEqualTo(v2.getId()));
    Job migrado =
        gestion
            .createJobQuery()
            .processInstanceId(en9.getId())
            .activityId(Elementos.ESPERAR_24_HORAS)
            .singleResult();
    assertThat(migrado.getDuedate())
        .isEqualTo(ventana.getDuedate())
        .isEqualTo(new Date(inicio.getTime() + Duration.ofHours(24).toMillis()));
    assertThat(tickets.get(3)).isWaitingAt(REVISAR_NUEVA);

    ProcessInstance en2 = tickets.get(0);
    asignar(en2, "tecnico1");
    evaluar(en2, ModoAtencion.REMOTA);
    atenderRemoto(en2);
    atenderRemoto(tickets.get(1));
    ClockUtil.setCurrentTime(
        new Date(inicio.getTime() + Duration.ofHours(24).plusMinutes(1).toMillis()));
    execute(gestion.createJobQuery().processInstanceId(en9.getId()).executable().singleResult());
    ProcessInstance en11 = tickets.get(4);
    assertThat(en11).isWaitingAt(Elementos.GUARDAR_CARGO);
    guardarCargo(en11);
    for (ProcessInstance ticket : tickets) {
      complete(task(REVISAR_NUEVA, ticket));
      complete(task(ENCUESTA, ticket));
      cerrar(ticket, false, null);
    }
    tickets
        .subList(0, 4)
        .forEach(
            t ->
                assertThat(t)
                    .as(t.getBusinessKey())
                    .isEnded()
                    .hasPassed(REVISAR_NUEVA, ENCUESTA, Elementos.FIN_TICKET_CERRADO));
    // El ticket con cargo sigue a la actividad 13 y espera la consolidación mensual (actividad 14)
    // en la versión nueva.
    complete(
        task(Elementos.INFORMAR_ASIGNACION, en11),
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables(
            Variables.PROVEIDO_SGD.nombre(), "PROV-2026-0815"));
    assertThat(en11)
        .isWaitingAt(Elementos.ESPERAR_CONSOLIDACION)
        .hasPassed(REVISAR_NUEVA, ENCUESTA, Elementos.GUARDAR_CARGO);
    assertThat(definicion(en11)).isEqualTo(v2.getId());
  }

  /** El job executor está apagado: el lote (semilla, migraciones y monitor) se ejecuta a mano. */
  private void ejecutarLotes() {
    for (Batch lote : gestion.createBatchQuery().list()) {
      for (String definicion :
          List.of(
              lote.getSeedJobDefinitionId(),
              lote.getBatchJobDefinitionId(),
              lote.getMonitorJobDefinitionId())) {
        for (Job job : gestion.createJobQuery().jobDefinitionId(definicion).list()) {
          gestion.executeJob(job.getId());
        }
      }
    }
  }
}
