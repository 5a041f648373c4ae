package pe.gob.osce.soporte.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import pe.gob.osce.soporte.comun.Plazos;

/**
 * Tramos del modelo atencionTicket en un motor liviano (motor-modelos.cfg.xml: H2 en memoria, sin
 * Spring ni correo): cada tramo empieza con startBeforeActivity y los delegates y listeners son
 * dobles de Mockito. Prueba las compuertas, el temporizador de la ventana de 24 horas y el mensaje
 * de error del proveedor en segundos; lo que los delegates escriben (registro, correos) lo prueban
 * los escenarios con la aplicación entera. Los ids se repiten a propósito en lugar de leer las
 * constantes de Java, como en ModelosContratoTest.
 */
@Deployment(resources = "bpmn/atencionTicket.bpmn")
class AtencionTicketModeloTest {

  @RegisterExtension
  static ProcessEngineExtension motor =
      ProcessEngineExtension.builder().configurationResource("motor-modelos.cfg.xml").build();

  private static final String[] DELEGATES = {
    "registrarTicketDelegate",
    "acusarReciboDelegate",
    "solicitarRegularizacionDelegate",
    "derivarCorreoDelegate",
    "notificarProveedorDelegate",
    "solicitarConformidadDelegate",
    "generarCargoDelegate",
    "registrarCierreDelegate",
    "iniciarCicloVidaDelegate"
  };
  private static final String[] LISTENERS_DE_TAREA = {
    "clasificarTicketListener",
    "asignarTecnicoListener",
    "evaluarAtencionListener",
    "atenderRemotoListener",
    "atenderTelefonoListener",
    "atenderPresencialListener",
    "solicitarAtencionTercerosListener",
    "tomarConocimientoListener",
    "registrarCargoListener",
    "guardarCargoListener",
    "cerrarTicketListener",
    "informarAsignacionListener"
  };

  private final Map<String, Object> dobles = new HashMap<>();
  private RuntimeService runtime;
  private ManagementService gestion;

  @BeforeEach
  void registrarDobles() {
    BpmnAwareTests.init(motor.getProcessEngine());
    runtime = motor.getRuntimeService();
    gestion = motor.getManagementService();
    for (String nombre : DELEGATES) {
      dobles.put(nombre, mock(JavaDelegate.class));
    }
    for (String nombre : LISTENERS_DE_TAREA) {
      dobles.put(nombre, mock(TaskListener.class));
    }
    dobles.put("errorServicioProveedorListener", mock(ExecutionListener.class));
    dobles.put("esperar24HorasListener", mock(ExecutionListener.class));
    dobles.forEach(Mocks::register);
    Mocks.register("plazos", new Plazos());
  }

  @AfterEach
  void limpiar() {
    Mocks.reset();
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  private ProcessInstance desde(String actividad, Map<String, Object> variables) {
    return runtime
        .createProcessInstanceByKey("atencionTicket")
        .businessKey("SOP-2026-000001")
        .setVariables(variables)
        .startBeforeActivity(actividad)
        .execute();
  }

  @SuppressWarnings("unchecked")
  private <T> T doble(String nombre) {
    return (T) dobles.get(nombre);
  }

  @Test
  void pedidoPorTelefonoPideRegularizarPorCorreoAntesDeAsignar() throws Exception {
    ProcessInstance ticket =
        desde("Gateway_Canal", Map.of("canal", "TELEFONO", "acuseRecibo", false));

    assertThat(ticket).isWaitingAt("A01_SolicitarRegularizacion");
    execute(job("A01_SolicitarRegularizacion", ticket));
    verify(this.<JavaDelegate>doble("solicitarRegularizacionDelegate"))
        .execute(any(DelegateExecution.class));
    assertThat(ticket).isWaitingAt("A02_AsignarTecnico").hasNotPassed("A01_AcusarRecibo");
    assertThat(task()).hasCandidateGroup("mesa-ayuda");
  }

  @Test
  void pedidoLlegadoAlBuzonRecibeAcuseYElDeTasklistNo() throws Exception {
    ProcessInstance delBuzon =
        desde("Gateway_Canal", Map.of("canal", "CORREO", "acuseRecibo", true));
    assertThat(delBuzon).isWaitingAt("A01_AcusarRecibo");
    execute(job("A01_AcusarRecibo", delBuzon));
    assertThat(delBuzon).isWaitingAt("A02_AsignarTecnico");

    ProcessInstance deTasklist =
        desde("Gateway_Canal", Map.of("canal", "CORREO", "acuseRecibo", false));
    assertThat(deTasklist)
        .isWaitingAt("A02_AsignarTecnico")
        .hasNotPassed("A01_AcusarRecibo", "A01_SolicitarRegularizacion");
  }

  @ParameterizedTest
  @CsvSource({
    "REMOTA, A04_AtenderRemoto",
    "TELEFONICA, A05_AtenderTelefono",
    "PRESENCIAL, A06_AtenderPresencial"
  })
  void cadaModoDeAtencionLlevaASuTareaAsignadaAlTecnico(String modo, String tarea) {
    ProcessInstance ticket =
        desde("Gateway_ModoAtencion", Map.of("modoAtencion", modo, "tecnico", "tecnico1"));

    assertThat(ticket).isWaitingAt(tarea);
    assertThat(task()).isAssignedTo("tecnico1");
  }

  @Test
  void loSolucionadoPideConformidadYLoQueRequiereTercerosVaAlProveedor() {
    ProcessInstance solucionado =
        desde("Gateway_Solucionado", Map.of("requiereTerceros", false, "tecnico", "t"));
    assertThat(solucionado).isWaitingAt("A07_SolicitarConformidad");

    ProcessInstance sinSolucion =
        desde("Gateway_Solucionado", Map.of("requiereTerceros", true, "tecnico", "t"));
    assertThat(sinSolucion).isWaitingAt("A08_SolicitarAtencionTerceros");
  }

  @Test
  void laVentanaDelProveedorSeCierraPasadas24HorasYNoAntes() throws Exception {
    Date inicio = new Date();
    ClockUtil.setCurrentTime(inicio);
    ProcessInstance ticket =
        desde("A09_SolicitarConformidad", Map.of("tecnico", "tecnico1", "cambioEquipo", false));
    execute(job("A09_SolicitarConformidad", ticket));
    assertThat(ticket).isWaitingAt("Gateway_Ventana24Horas");

    Job temporizador =
        gestion.createJobQuery().processInstanceId(ticket.getId()).timers().singleResult();
    assertThat(temporizador.getDuedate())
        .isEqualTo(new Date(inicio.getTime() + Duration.ofHours(24).toMillis()));
    ClockUtil.setCurrentTime(new Date(inicio.getTime() + Duration.ofHours(23).toMillis()));
    assertThat(gestion.createJobQuery().processInstanceId(ticket.getId()).executable().count())
        .isZero();

    ClockUtil.setCurrentTime(
        new Date(inicio.getTime() + Duration.ofHours(24).plusMinutes(1).toMillis()));
    execute(gestion.createJobQuery().processInstanceId(ticket.getId()).executable().singleResult());
    assertThat(ticket)
        .isWaitingAt("A12_CerrarTicket")
        .hasPassed("A09_Esperar24Horas")
        .hasNotPassed(
            "Event_ErrorServicioProveedor", "A07_SolicitarConformidad", "A10_RegistrarCargo");
    verify(this.<ExecutionListener>doble("esperar24HorasListener"))
        .notify(any(DelegateExecution.class));
    verify(this.<ExecutionListener>doble("errorServicioProveedorListener"), never()).notify(any());
    assertThat(task()).isAssignedTo("tecnico1");
  }

  @Test
  void unErrorReportadoEnLaVentanaVuelveAEscalarYQuitaElTemporizador() throws Exception {
    ProcessInstance ticket = desde("A09_SolicitarConformidad", Map.of("tecnico", "tecnico1"));
    execute(job("A09_SolicitarConformidad", ticket));

    runtime
        .createMessageCorrelation("ErrorServicioProveedor")
        .processInstanceBusinessKey("SOP-2026-000001")
        .correlate();

    assertThat(ticket)
        .isWaitingAt("A08_SolicitarAtencionTerceros")
        .hasPassed("Event_ErrorServicioProveedor")
        .hasNotPassed("A09_Esperar24Horas");
    assertThat(gestion.createJobQuery().processInstanceId(ticket.getId()).timers().count())
        .isZero();
    verify(this.<ExecutionListener>doble("errorServicioProveedorListener"))
        .notify(any(DelegateExecution.class));
  }

  @Test
  void conCambioDeEquipoHayCargoYSinElSeVaAlCierre() throws Exception {
    ProcessInstance conCambio =
        desde("Gateway_CambioEquipo", Map.of("cambioEquipo", true, "tecnico", "tecnico1"));
    assertThat(conCambio).isWaitingAt("A10_RegistrarCargo");
    BpmnAwareTests.complete(task(conCambio));
    execute(job("A10_GenerarCargo", conCambio));
    verify(this.<JavaDelegate>doble("generarCargoDelegate")).execute(any(DelegateExecution.class));
    assertThat(conCambio).isWaitingAt("A11_GuardarCargo");
    BpmnAwareTests.complete(task(conCambio));
    assertThat(conCambio).isWaitingAt("A12_CerrarTicket");

    ProcessInstance sinCambio =
        desde("Gateway_CambioEquipo", Map.of("cambioEquipo", false, "tecnico", "tecnico1"));
    assertThat(sinCambio).isWaitingAt("A12_CerrarTicket").hasNotPassed("A10_RegistrarCargo");
  }

  @Test
  void conMovimientoDeEquiposSeInformaLaAsignacionYSeIniciaElCicloDeVida() {
    ProcessInstance ticket =
        desde("A12_CerrarTicket", Map.of("tecnico", "tecnico1", "movimientoEquipos", true));
    BpmnAwareTests.complete(task(ticket));

    assertThat(ticket)
        .hasPassed("A12_RegistrarCierre", "Task_IniciarCicloVida", "End_CicloVidaIniciado")
        .isWaitingAt("A13_InformarAsignacion");
    assertThat(task()).hasCandidateGroup("mesa-ayuda");
    BpmnAwareTests.complete(task(ticket));
    assertThat(ticket).isWaitingAt("A14_EsperarConsolidacion");
    runtime
        .createMessageCorrelation("CargosDerivados")
        .processInstanceId(ticket.getId())
        .correlate();
    assertThat(ticket).isEnded().hasPassed("End_CargoDerivado");

    ProcessInstance sinMovimiento =
        desde("A12_CerrarTicket", Map.of("tecnico", "t", "movimientoEquipos", false));
    BpmnAwareTests.complete(task(sinMovimiento));
    assertThat(sinMovimiento)
        .isEnded()
        .hasPassed("End_TicketCerrado")
        .hasNotPassed("Task_IniciarCicloVida");
  }

  @Test
  void losListenersDeTareaCorrenAlCrearYAlCompletar() throws Exception {
    ProcessInstance ticket =
        desde("A03_EvaluarAtencion", Map.of("tecnico", "tecnico1", "modoAtencion", "REMOTA"));
    BpmnAwareTests.complete(task(ticket));

    TaskListener evaluar = doble("evaluarAtencionListener");
    verify(evaluar, org.mockito.Mockito.times(2)).notify(any(DelegateTask.class));
    assertThat(ticket).isWaitingAt("A04_AtenderRemoto");
  }
}
