package pe.gob.osce.soporte.equipo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static pe.gob.osce.soporte.equipo.CicloVidaEquipoProceso.*;
import static pe.gob.osce.soporte.equipo.CicloVidaEquipoProceso.Elementos.*;
import static pe.gob.osce.soporte.equipo.EscenarioEquipo.checklistFormateo;
import static pe.gob.osce.soporte.equipo.EscenarioEquipo.diagnosticar;
import static pe.gob.osce.soporte.equipo.EscenarioEquipo.enStock;
import static pe.gob.osce.soporte.equipo.EscenarioEquipo.equipoRegistrado;
import static pe.gob.osce.soporte.equipo.EscenarioEquipo.guardar;
import static pe.gob.osce.soporte.equipo.EscenarioEquipo.iniciar;
import static pe.gob.osce.soporte.equipo.EscenarioEquipo.llevarAlAlmacen;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import pe.gob.osce.soporte.PruebaIntegracion;
import pe.gob.osce.soporte.comun.DatosInvalidosException;

/**
 * Cada camino del ciclo de vida del equipo devuelto (actividades 15-19), con el reloj movido para
 * la revisión.
 */
class CicloVidaEquipoProcesoTest extends PruebaIntegracion {

  @Autowired CicloVidaEquipoAdapter cicloVida;
  @Autowired RegistroEquipos registro;
  @Autowired TestRestTemplate http;

  private List<EstadoEquipo> estados(String codigo) {
    return registro.historia(codigo).stream().map(MovimientoEquipo::estadoNuevo).toList();
  }

  /**
   * Vence la revisión periódica del almacén: el reloj pasa la fecha del temporizador y se ejecuta.
   */
  private void pasaLaRevisionPeriodica(ProcessInstance ciclo) {
    Job revision = job(REVISION_PERIODICA, ciclo);
    LocalDate vence =
        revision.getDuedate().toInstant().atZone(ZoneId.of("America/Lima")).toLocalDate();
    assertThat(vence)
        .isEqualTo(
            LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.of("America/Lima"))
                .plusMonths(3));
    ClockUtil.setCurrentTime(new Date(revision.getDuedate().getTime() + 1000));
    execute(revision);
  }

  @Test
  void equipoOperativoSeFormateaSeGuardaYSigueEnStockTrasLaRevision() {
    String codigo = equipoRegistrado(registro, "CPU_LAPTOP", "ana.diaz@osce.gob.pe");
    ProcessInstance ciclo = iniciar(cicloVida, codigo);
    assertThat(ciclo).isWaitingAt(DIAGNOSTICAR).hasBusinessKey(codigo);
    assertThat(task(DIAGNOSTICAR, ciclo)).hasCandidateGroup("soporte-tecnico");
    String ficha =
        (String)
            runtimeService()
                .getVariable(ciclo.getId(), CicloVidaEquipoProceso.Variables.FICHA_EQUIPO.nombre());
    assertThat(ficha)
        .contains(
            codigo,
            "CPU / laptop",
            "HP",
            "ProDesk 400 G7",
            "MXL" + codigo,
            "ana.diaz@osce.gob.pe",
            "en diagnóstico");

    como("tecnico1");
    llevarAlAlmacen(ciclo);
    identidades.clearAuthentication();
    assertThat(ciclo)
        .isWaitingAt(EN_ALMACEN)
        .hasPassedInOrder(REGISTRAR_INGRESO, DIAGNOSTICAR, FORMATEAR, GUARDAR_ALMACEN);
    assertThat(cicloVida.estaEnAlmacen(codigo)).isTrue();

    pasaLaRevisionPeriodica(ciclo);
    assertThat(ciclo).isWaitingAt(REVISAR_ESTADO);
    complete(
        task(REVISAR_ESTADO, ciclo),
        withVariables(CicloVidaEquipoProceso.Variables.ESTADO_ALMACEN.nombre(), "OPERATIVO"));
    assertThat(ciclo).isWaitingAt(EN_ALMACEN).hasNotPassed(REVISAR_OBSOLESCENCIA);

    assertThat(estados(codigo))
        .containsExactly(
            EstadoEquipo.ASIGNADO,
            EstadoEquipo.EN_DIAGNOSTICO,
            EstadoEquipo.EN_FORMATEO,
            EstadoEquipo.EN_ALMACEN,
            EstadoEquipo.EN_ALMACEN);
    assertThat(registro.historia(codigo).get(2).usuario()).isEqualTo("tecnico1");
    assertThat(registro.historia(codigo).get(3).motivo()).contains("Estante 3, caja 2");
  }

  @Test
  void malogradoQueNoEstaObsoletoVuelveAlAlmacen() {
    ProcessInstance ciclo = enStock(registro, cicloVida, "MONITOR");
    String codigo = ciclo.getBusinessKey();
    pasaLaRevisionPeriodica(ciclo);
    complete(
        task(REVISAR_ESTADO, ciclo),
        withVariables(
            CicloVidaEquipoProceso.Variables.ESTADO_ALMACEN.nombre(),
            "MALOGRADO",
            CicloVidaEquipoProceso.Variables.OBSERVACIONES.nombre(),
            "Parpadea"));
    assertThat(ciclo).isWaitingAt(REVISAR_OBSOLESCENCIA);
    complete(
        task(REVISAR_OBSOLESCENCIA, ciclo),
        withVariables(
            CicloVidaEquipoProceso.Variables.OBSOLETO.nombre(),
            false,
            CicloVidaEquipoProceso.Variables.SUSTENTO_OBSOLESCENCIA.nombre(),
            "Se consigue el repuesto del inversor."));
    assertThat(ciclo).isWaitingAt(GUARDAR_ALMACEN).hasNotPassed(ACTUALIZAR_REGISTROS);
    guardar(ciclo, "Estante 1");
    assertThat(ciclo).isWaitingAt(EN_ALMACEN);
    assertThat(registro.buscar(codigo).orElseThrow().estado()).isEqualTo(EstadoEquipo.EN_ALMACEN);
    assertThat(estados(codigo))
        .endsWith(EstadoEquipo.EN_ALMACEN, EstadoEquipo.MALOGRADO, EstadoEquipo.EN_ALMACEN);
  }

  @Test
  void malogradoYObsoletoPasaALaBajaPorObsolescencia() {
    ProcessInstance ciclo = enStock(registro, cicloVida, "IMPRESORA");
    String codigo = ciclo.getBusinessKey();
    pasaLaRevisionPeriodica(ciclo);
    complete(
        task(REVISAR_ESTADO, ciclo),
        withVariables(CicloVidaEquipoProceso.Variables.ESTADO_ALMACEN.nombre(), "MALOGRADO"));
    complete(
        task(REVISAR_OBSOLESCENCIA, ciclo),
        withVariables(
            CicloVidaEquipoProceso.Variables.OBSOLETO.nombre(),
            true,
            CicloVidaEquipoProceso.Variables.SUSTENTO_OBSOLESCENCIA.nombre(),
            "Modelo descontinuado desde 2015."));
    assertThat(ciclo).isWaitingAt(ESPERAR_BAJA).hasPassed(ACTUALIZAR_REGISTROS);
    assertThat(
            runtimeService()
                .getVariable(ciclo.getId(), CicloVidaEquipoProceso.Variables.MOTIVO_BAJA.nombre()))
        .isEqualTo("OBSOLESCENCIA");
    assertThat(registro.buscar(codigo).orElseThrow().estado())
        .isEqualTo(EstadoEquipo.PENDIENTE_BAJA);
  }

  @Test
  void equipoInoperativoEsperaLaBajaSolicitadaPorUnInformeDeBajaBienes() {
    String codigo = equipoRegistrado(registro, "CPU_LAPTOP", "jorge.salas@osce.gob.pe");
    ProcessInstance ciclo = iniciar(cicloVida, codigo);
    diagnosticar(ciclo, false);
    // Las actividades 20-22 ya no están en el ciclo: el bien espera el informe de varios bienes.
    assertThat(ciclo).isWaitingAt(ESPERAR_BAJA).hasNotPassed(FORMATEAR, GUARDAR_ALMACEN);
    assertThat(
            runtimeService()
                .getVariable(ciclo.getId(), CicloVidaEquipoProceso.Variables.MOTIVO_BAJA.nombre()))
        .isEqualTo("INOPERATIVO");
    assertThat(motor.getTaskService().createTaskQuery().processInstanceId(ciclo.getId()).count())
        .isZero();
    assertThat(registro.buscar(codigo).orElseThrow().estado())
        .isEqualTo(EstadoEquipo.PENDIENTE_BAJA);

    cicloVida.bajaSolicitada(codigo, "IB-2026-999");
    assertThat(ciclo).isEnded().hasPassed(FIN_BAJA_SOLICITADA).hasNotPassed(FIN_REASIGNADO);
  }

  @Test
  void formatearSinRespaldoSeRechazaYNadaCambia() {
    String codigo = equipoRegistrado(registro, "CPU_LAPTOP", null);
    ProcessInstance ciclo = iniciar(cicloVida, codigo);
    diagnosticar(ciclo, true);
    int filas = registro.historia(codigo).size();

    assertThatThrownBy(() -> complete(task(FORMATEAR, ciclo), checklistFormateo(false)))
        .isInstanceOf(DatosInvalidosException.class)
        .hasMessageContaining("respaldoRealizado: no se puede formatear sin respaldo");
    Map<String, Object> sinPasos = checklistFormateo(true);
    sinPasos.put("ipPorDhcp", false);
    sinPasos.put(CicloVidaEquipoProceso.Variables.FORMATEO_BAJO_NIVEL.nombre(), true);
    assertThatThrownBy(() -> complete(task(FORMATEAR, ciclo), sinPasos))
        .isInstanceOf(DatosInvalidosException.class)
        .hasMessageContaining("ipPorDhcp: es un paso obligatorio")
        .hasMessageContaining("motivoBajoNivel: el formateo a bajo nivel solo corresponde");

    assertThat(ciclo).isWaitingAt(FORMATEAR);
    assertThat(
            runtimeService()
                .getVariable(
                    ciclo.getId(), CicloVidaEquipoProceso.Variables.RESPALDO_REALIZADO.nombre()))
        .isNull();
    assertThat(registro.historia(codigo)).hasSize(filas);
    assertThat(registro.buscar(codigo).orElseThrow().estado()).isEqualTo(EstadoEquipo.EN_FORMATEO);
  }

  @Test
  void unMedioExtraibleSigueSoloElFormateoLogicoYUnEquipoTodoSuChecklist() {
    Map<String, Object> soloLogico = new java.util.HashMap<>(checklistFormateo(true));
    CicloVidaEquipoProceso.Variables.CHECKLIST_EQUIPO.forEach(
        paso -> soloLogico.remove(paso.nombre()));
    soloLogico.put(
        CicloVidaEquipoProceso.Variables.TIPO_BIEN.nombre(),
        "EQUIPO"); // aunque el formulario diga equipo, manda el registro

    ProcessInstance usb = iniciar(cicloVida, equipoRegistrado(registro, "MEDIO_USB", null));
    diagnosticar(usb, true);
    assertThat(task(FORMATEAR, usb).getName())
        .startsWith(
            "16 Formatear el equipo o medio de almacenamiento extraíble · " + usb.getBusinessKey());
    assertThat(
            runtimeService()
                .getVariable(usb.getId(), CicloVidaEquipoProceso.Variables.TIPO_BIEN.nombre()))
        .isEqualTo("MEDIO_EXTRAIBLE");
    complete(task(FORMATEAR, usb), soloLogico);
    assertThat(usb).isWaitingAt(GUARDAR_ALMACEN);
    assertThat(
            runtimeService()
                .getVariable(usb.getId(), CicloVidaEquipoProceso.Variables.TIPO_BIEN.nombre()))
        .isEqualTo("MEDIO_EXTRAIBLE");

    ProcessInstance cpu = iniciar(cicloVida, equipoRegistrado(registro, "CPU_LAPTOP", null));
    diagnosticar(cpu, true);
    assertThat(
            runtimeService()
                .getVariable(cpu.getId(), CicloVidaEquipoProceso.Variables.TIPO_BIEN.nombre()))
        .isEqualTo("EQUIPO");
    assertThatThrownBy(() -> complete(task(FORMATEAR, cpu), soloLogico))
        .isInstanceOf(DatosInvalidosException.class)
        .hasMessageContaining("ntfsDosParticiones: es un paso obligatorio del formateo de equipos");
    assertThat(cpu).isWaitingAt(FORMATEAR);
  }

  @Test
  void unEquipoEnSuCicloNoPuedeIniciarOtroNiUnoQueNoEstaRegistrado() {
    String codigo = equipoRegistrado(registro, "CPU_LAPTOP", null);
    iniciar(cicloVida, codigo);
    int filas = registro.historia(codigo).size();
    long ciclos = runtimeService().createProcessInstanceQuery().processDefinitionKey(CLAVE).count();

    assertThatThrownBy(() -> cicloVida.iniciar(codigo.toLowerCase(), null))
        .isInstanceOf(DatosInvalidosException.class)
        .hasMessageContaining(
            "codigoPatrimonial: el equipo " + codigo + " ya está en su ciclo de vida");
    assertThatThrownBy(
            () ->
                runtimeService()
                    .startProcessInstanceByKey(
                        CLAVE,
                        Map.of(
                            CicloVidaEquipoProceso.Variables.CODIGO_PATRIMONIAL.nombre(),
                            "NO-EXISTE-9")))
        .isInstanceOf(DatosInvalidosException.class)
        .hasMessageContaining("el equipo NO-EXISTE-9 no está en el registro de equipos");

    assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(CLAVE).count())
        .isEqualTo(ciclos);
    assertThat(registro.historia(codigo)).hasSize(filas);
  }

  @Test
  void inicioManualSinBusinessKeyTomaElCodigoPatrimonial() {
    String codigo = equipoRegistrado(registro, "TECLADO", null);
    ProcessInstance ciclo =
        runtimeService()
            .startProcessInstanceByKey(
                CLAVE,
                Map.of(
                    CicloVidaEquipoProceso.Variables.CODIGO_PATRIMONIAL.nombre(),
                    " " + codigo.toLowerCase()));
    assertThat(ciclo).isWaitingAt(DIAGNOSTICAR);
    assertThat(
            runtimeService()
                .createProcessInstanceQuery()
                .processInstanceId(ciclo.getId())
                .singleResult()
                .getBusinessKey())
        .isEqualTo(codigo);
    assertThat(registro.historia(codigo).get(1).motivo())
        .contains("Ingresa a la UAST para su diagnóstico");
  }

  @Test
  void equipoEnStockReasignadoTerminaSuCiclo() {
    ProcessInstance ciclo = enStock(registro, cicloVida, "MOUSE");
    String codigo = ciclo.getBusinessKey();
    cicloVida.reasignar(codigo, "SOP-2026-000099");
    assertThat(ciclo)
        .isEnded()
        .hasPassed(EVENTO_REASIGNADO, FIN_REASIGNADO)
        .hasNotPassed(REVISAR_ESTADO);
    assertThat(cicloVida.estaEnCiclo(codigo)).isFalse();
  }
}
