package pe.gob.osce.soporte.equipo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
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
import pe.gob.osce.soporte.comun.Plazos;

/**
 * Tramos del modelo cicloVidaEquipo en el motor liviano de motor-modelos.cfg.xml (sin Spring):
 * compuertas del diagnóstico, del estado en almacén y de la obsolescencia, la revisión trimestral y
 * los dos mensajes que terminan el ciclo. Delegates y listeners son dobles; lo que escriben lo
 * prueba CicloVidaEquipoProcesoTest. Los ids se repiten a propósito, como en ModelosContratoTest.
 */
@Deployment(resources = "bpmn/cicloVidaEquipo.bpmn")
class CicloVidaEquipoModeloTest {

  @RegisterExtension
  static ProcessEngineExtension motor =
      ProcessEngineExtension.builder().configurationResource("motor-modelos.cfg.xml").build();

  private static final String CODIGO = "740899500101";

  private final JavaDelegate actualizarRegistros = mock(JavaDelegate.class);
  private RuntimeService runtime;
  private ManagementService gestion;

  @BeforeEach
  void registrarDobles() {
    BpmnAwareTests.init(motor.getProcessEngine());
    runtime = motor.getRuntimeService();
    gestion = motor.getManagementService();
    Mocks.register("registrarIngresoDelegate", mock(JavaDelegate.class));
    Mocks.register("actualizarRegistrosDelegate", actualizarRegistros);
    for (String listener :
        new String[] {
          "diagnosticarListener",
          "formatearListener",
          "guardarAlmacenListener",
          "revisarEstadoListener",
          "revisarObsolescenciaListener"
        }) {
      Mocks.register(listener, mock(TaskListener.class));
    }
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
        .createProcessInstanceByKey("cicloVidaEquipo")
        .businessKey(CODIGO)
        .setVariables(variables)
        .startBeforeActivity(actividad)
        .execute();
  }

  @Test
  void elEquipoOperativoSeFormateaYSeGuardaYElInoperativoVaALaBaja() throws Exception {
    ProcessInstance operativo = desde("Gateway_Operativo", Map.of("operativo", true));
    assertThat(operativo).isWaitingAt("A16_Formatear");
    assertThat(task()).hasCandidateGroup("soporte-tecnico");
    complete(task(operativo));
    assertThat(operativo).isWaitingAt("A17_GuardarAlmacen");
    complete(task(operativo));
    assertThat(operativo).isWaitingAt("Gateway_EnAlmacen");

    ProcessInstance inoperativo = desde("Gateway_Operativo", Map.of("operativo", false));
    assertThat(inoperativo)
        .isWaitingAt("A19_EsperarBaja")
        .hasPassed("A19_ActualizarRegistros")
        .hasNotPassed("A16_Formatear");
    verify(actualizarRegistros).execute(any(DelegateExecution.class));
    runtime
        .createMessageCorrelation("BajaSolicitada")
        .processInstanceBusinessKey(CODIGO)
        .correlate();
    assertThat(inoperativo).isEnded().hasPassed("End_BajaSolicitada");
  }

  @Test
  void enAlmacenSeRevisaCadaTresMesesYSiSigueOperativoVuelveAEsperar() {
    ZonedDateTime inicio = ZonedDateTime.of(2026, 1, 15, 9, 0, 0, 0, ZoneId.of("America/Lima"));
    ClockUtil.setCurrentTime(Date.from(inicio.toInstant()));
    ProcessInstance equipo = desde("Gateway_AlStock", Map.of());

    Job revision =
        gestion.createJobQuery().processInstanceId(equipo.getId()).timers().singleResult();
    assertThat(revision.getDuedate()).isEqualTo(Date.from(inicio.plusMonths(3).toInstant()));
    ClockUtil.setCurrentTime(Date.from(inicio.plusMonths(3).minusMinutes(1).toInstant()));
    assertThat(gestion.createJobQuery().processInstanceId(equipo.getId()).executable().count())
        .isZero();

    ClockUtil.setCurrentTime(Date.from(inicio.plusMonths(3).plusMinutes(1).toInstant()));
    gestion.executeJob(revision.getId());
    assertThat(equipo).isWaitingAt("A17_RevisarEstado");
    complete(task(equipo), Map.of("estadoAlmacen", "OPERATIVO"));
    assertThat(equipo).isWaitingAt("Gateway_EnAlmacen").hasNotPassed("A18_RevisarObsolescencia");
    assertThat(gestion.createJobQuery().processInstanceId(equipo.getId()).timers().count())
        .isEqualTo(1);
  }

  @Test
  void malogradoSeRevisaSuObsolescenciaYObsoletoVaALaBajaONoAlAlmacen() {
    ProcessInstance obsoleto = desde("Gateway_EstadoAlmacen", Map.of("estadoAlmacen", "MALOGRADO"));
    assertThat(obsoleto).isWaitingAt("A18_RevisarObsolescencia");
    complete(task(obsoleto), Map.of("obsoleto", true));
    assertThat(obsoleto).isWaitingAt("A19_EsperarBaja");

    ProcessInstance reparable = desde("Gateway_Obsoleto", Map.of("obsoleto", false));
    assertThat(reparable).isWaitingAt("A17_GuardarAlmacen").hasNotPassed("A19_ActualizarRegistros");
  }

  @Test
  void unEquipoEnAlmacenAsignadoPorUnCargoTerminaSuCicloYQuitaLaRevision() {
    ProcessInstance equipo = desde("Gateway_AlStock", Map.of());

    runtime
        .createMessageCorrelation("EquipoReasignado")
        .processInstanceBusinessKey(CODIGO)
        .correlate();

    assertThat(equipo)
        .isEnded()
        .hasPassed("Event_EquipoReasignado", "End_EquipoReasignado")
        .hasNotPassed("A17_RevisionPeriodica");
    assertThat(gestion.createJobQuery().processInstanceId(equipo.getId()).count()).isZero();
  }
}
