package pe.gob.osce.soporte.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static pe.gob.osce.soporte.ticket.EscenarioTicket.asignar;
import static pe.gob.osce.soporte.ticket.EscenarioTicket.atender;
import static pe.gob.osce.soporte.ticket.EscenarioTicket.evaluar;
import static pe.gob.osce.soporte.ticket.EscenarioTicket.solicitanteNuevo;
import static pe.gob.osce.soporte.ticket.EscenarioTicket.solicitud;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import pe.gob.osce.soporte.PruebaIntegracion;
import pe.gob.osce.soporte.catalogo.Canal;
import pe.gob.osce.soporte.catalogo.Servicio;
import pe.gob.osce.soporte.catalogo.TipoTicket;
import pe.gob.osce.soporte.comun.Reloj;
import pe.gob.osce.soporte.equipo.NuevoEquipo;
import pe.gob.osce.soporte.equipo.RegistroEquipos;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Elementos;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Variables;

/**
 * Issue 10: la limpieza del historial corre (ventana nocturna, cinco años de vida de los modelos) y
 * los PDF subidos se guardan una sola vez, en la carpeta de documentos, no además como variables
 * del proceso.
 */
class HistorialYDocumentosTest extends PruebaIntegracion {

  private static final Duration CINCO_ANIOS = Duration.ofDays(1825);

  @Autowired AtencionTicketAdapter atencion;
  @Autowired RegistroEquipos equipos;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void limpiezaALaVentana() {
    // Como al arrancar: el job de limpieza vuelve a esperar la próxima ventana nocturna.
    ClockUtil.reset();
    historial().cleanUpHistoryAsync(false);
  }

  @Test
  void laLimpiezaDelHistorialQuedaProgramadaEnLaVentanaNocturnaDeLima() {
    // De día (a cualquier hora que corra la prueba): espera la ventana de la noche siguiente.
    ClockUtil.setCurrentTime(horaDeLimaHoy(LocalTime.NOON));
    historial().cleanUpHistoryAsync(false);
    List<Job> jobs = historial().findHistoryCleanupJobs();

    assertThat(jobs)
        .isNotEmpty()
        .allSatisfy(
            j -> {
              LocalTime hora = j.getDuedate().toInstant().atZone(Reloj.LIMA).toLocalTime();
              assertThat(hora).isBetween(LocalTime.of(1, 0), LocalTime.of(5, 0));
              assertThat(j.getDuedate())
                  .isAfter(ClockUtil.getCurrentTime())
                  .isBefore(
                      Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(1))));
            });
  }

  @Test
  void dentroDeLaVentanaNocturnaLaLimpiezaCorreEnSeguida() {
    ClockUtil.setCurrentTime(horaDeLimaHoy(LocalTime.of(2, 30)));
    historial().cleanUpHistoryAsync(false);

    assertThat(historial().findHistoryCleanupJobs())
        .isNotEmpty()
        .allSatisfy(
            j -> {
              LocalTime hora = j.getDuedate().toInstant().atZone(Reloj.LIMA).toLocalTime();
              assertThat(hora).isBetween(LocalTime.of(1, 0), LocalTime.of(5, 0));
              assertThat(j.getDuedate()).isBeforeOrEqualTo(ClockUtil.getCurrentTime());
            });
  }

  private static Date horaDeLimaHoy(LocalTime hora) {
    return Date.from(LocalDate.now(Reloj.LIMA).atTime(hora).atZone(Reloj.LIMA).toInstant());
  }

  @Test
  void unTicketTerminadoSeBorraDelHistorialAlPasarSusCincoAnios() {
    ProcessInstance ticket =
        EscenarioTicket.iniciarComoAsistente(
            atencion,
            identidades,
            solicitud(TipoTicket.INCIDENCIA, Servicio.IMPRESORA, Canal.CORREO, solicitanteNuevo()));
    // Termina por anulación: como cualquier fin, fija desde cuándo corre su tiempo de vida.
    motor.getRuntimeService().deleteProcessInstance(ticket.getId(), "Registrado por error");
    HistoricProcessInstance terminado = historico(ticket.getId());
    assertThat(terminado.getEndTime()).isNotNull();
    assertThat(terminado.getRemovalTime())
        .isEqualTo(Date.from(terminado.getEndTime().toInstant().plus(CINCO_ANIOS)));

    ClockUtil.setCurrentTime(
        Date.from(terminado.getRemovalTime().toInstant().minus(Duration.ofDays(1))));
    limpiar(ticket.getId());
    assertThat(historico(ticket.getId()))
        .as("un día antes de sus cinco años sigue en el historial")
        .isNotNull();

    ClockUtil.setCurrentTime(
        Date.from(terminado.getRemovalTime().toInstant().plus(Duration.ofDays(1))));
    limpiar(ticket.getId());
    assertThat(historico(ticket.getId())).isNull();
    assertThat(
            historial()
                .createHistoricActivityInstanceQuery()
                .processInstanceId(ticket.getId())
                .count())
        .isZero();
    assertThat(
            historial()
                .createHistoricVariableInstanceQuery()
                .processInstanceId(ticket.getId())
                .count())
        .isZero();
  }

  @Test
  void elCargoFirmadoQuedaSoloEnLaCarpetaDeDocumentos() throws Exception {
    String solicitante = solicitanteNuevo();
    String nuevo = equipo(null);
    String viejo = equipo(solicitante);
    ProcessInstance ticket = ticketEnCargo(solicitante);
    complete(
        task(Elementos.REGISTRAR_CARGO, ticket),
        withVariables(
            Variables.SERVIDOR.nombre(),
            "Luz Ramos Díaz",
            Variables.ORGANO_UNIDAD.nombre(),
            "Dirección de Arbitraje",
            Variables.EQUIPOS_ASIGNADOS.nombre(),
            nuevo,
            Variables.EQUIPOS_RETIRADOS.nombre(),
            viejo,
            Variables.TRASLADO_ENTRE_SEDES.nombre(),
            false));
    execute(job(Elementos.GENERAR_CARGO, ticket));
    String numero =
        (String)
            motor.getRuntimeService().getVariable(ticket.getId(), Variables.NUMERO_CARGO.nombre());
    byte[] firmado =
        ("%PDF-1.4\n% cargo firmado " + UUID.randomUUID() + "\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    complete(
        task(Elementos.GUARDAR_CARGO, ticket),
        withVariables(
            Variables.CARGO_FIRMADO.nombre(),
            org.camunda.bpm.engine.variable.Variables.fileValue("cargo-firmado.pdf")
                .file(firmado)
                .mimeType("application/pdf")
                .create()));

    assertThat(ticket).isWaitingAt(Elementos.CERRAR_TICKET);
    Path guardado =
        DOCUMENTOS
            .resolve("Asignaciones")
            .resolve("Cargo-" + numero + "-" + ticket.getBusinessKey() + "-firmado.pdf");
    assertThat(Files.readAllBytes(guardado)).isEqualTo(firmado);
    assertThat(
            motor.getRuntimeService().getVariable(ticket.getId(), Variables.CARGO_FIRMADO.nombre()))
        .isNull();
    assertThat(
            historial()
                .createHistoricVariableInstanceQuery()
                .processInstanceId(ticket.getId())
                .variableName(Variables.CARGO_FIRMADO.nombre())
                .includeDeleted()
                .count())
        .isZero();
    assertThat(
            historial()
                .createHistoricDetailQuery()
                .processInstanceId(ticket.getId())
                .variableUpdates()
                .list())
        .noneMatch(
            d ->
                Variables.CARGO_FIRMADO
                    .nombre()
                    .equals(((HistoricVariableUpdate) d).getVariableName()));
    assertThat(bytesGuardadosEnElMotor()).noneMatch(b -> Arrays.equals(b, firmado));
  }

  private HistoryService historial() {
    return motor.getHistoryService();
  }

  private HistoricProcessInstance historico(String id) {
    return historial().createHistoricProcessInstanceQuery().processInstanceId(id).singleResult();
  }

  /**
   * Lo que hace el job de limpieza en su ventana, ya. Cada corrida borra a lo más un lote por tabla
   * (500 filas) y la base de la suite guarda el historial de todas las pruebas: se repite mientras
   * el ticket siga ahí (20 corridas bastan para vaciar lo vencido de la suite).
   */
  private void limpiar(String instancia) {
    for (int corrida = 0; corrida < 20 && historico(instancia) != null; corrida++) {
      Job limpieza = historial().cleanUpHistoryAsync(true);
      motor.getManagementService().executeJob(limpieza.getId());
    }
  }

  private List<byte[]> bytesGuardadosEnElMotor() {
    List<byte[]> contenidos = new ArrayList<>();
    jdbc.query(
        "SELECT BYTES_ FROM ACT_GE_BYTEARRAY",
        rs -> {
          contenidos.add(rs.getBytes(1));
        });
    return contenidos;
  }

  private String equipo(String titular) {
    String codigo = "74089951" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
    equipos.darDeAlta(
        new NuevoEquipo(
            codigo, "CPU_LAPTOP", "Lenovo", "Modelo X", "SN-" + codigo, "Sede Central", titular),
        "admin");
    return codigo;
  }

  private ProcessInstance ticketEnCargo(String solicitante) {
    ProcessInstance ticket =
        EscenarioTicket.iniciarComoAsistente(
            atencion,
            identidades,
            solicitud(TipoTicket.INCIDENCIA, Servicio.CPU_LAPTOP, Canal.CORREO, solicitante));
    asignar(ticket, "tecnico1");
    evaluar(ticket, ModoAtencion.PRESENCIAL);
    atender(ticket, Elementos.ATENDER_PRESENCIAL, true, true, "causaHardwareVerificada", true);
    execute(job(Elementos.SOLICITAR_CONFORMIDAD, ticket));
    assertThat(ticket).isWaitingAt(Elementos.REGISTRAR_CARGO);
    return ticket;
  }
}
