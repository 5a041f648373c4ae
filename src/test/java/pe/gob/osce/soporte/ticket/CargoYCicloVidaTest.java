package pe.gob.osce.soporte.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static pe.gob.osce.soporte.ticket.EscenarioTicket.asignar;
import static pe.gob.osce.soporte.ticket.EscenarioTicket.atender;
import static pe.gob.osce.soporte.ticket.EscenarioTicket.cerrar;
import static pe.gob.osce.soporte.ticket.EscenarioTicket.evaluar;
import static pe.gob.osce.soporte.ticket.EscenarioTicket.solicitanteNuevo;
import static pe.gob.osce.soporte.ticket.EscenarioTicket.solicitud;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pe.gob.osce.soporte.PruebaIntegracion;
import pe.gob.osce.soporte.comun.DatosInvalidosException;
import pe.gob.osce.soporte.equipo.CicloVidaEquipoAdapter;
import pe.gob.osce.soporte.equipo.CicloVidaEquipoProceso;
import pe.gob.osce.soporte.equipo.EscenarioEquipo;
import pe.gob.osce.soporte.equipo.EstadoEquipo;
import pe.gob.osce.soporte.equipo.MovimientoEquipo;
import pe.gob.osce.soporte.equipo.RegistroEquipos;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Elementos;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Variables;

/** Entre procesos: el ticket devuelve equipos al ciclo de vida (15) y su cargo (10) reasigna los que están en stock. */
class CargoYCicloVidaTest extends PruebaIntegracion {

  @Autowired AtencionTicketAdapter atencion;
  @Autowired CicloVidaEquipoAdapter cicloVida;
  @Autowired RegistroEquipos equipos;

  private ProcessInstance ticketEnCargo(String solicitante) {
    ProcessInstance ticket = EscenarioTicket.iniciarComoAsistente(atencion, identidades,
        solicitud(TipoTicket.INCIDENCIA, Servicio.CPU_LAPTOP, Canal.CORREO, solicitante));
    asignar(ticket, "tecnico1");
    evaluar(ticket, ModoAtencion.PRESENCIAL);
    atender(ticket, Elementos.ATENDER_PRESENCIAL, true, true, "causaHardwareVerificada", true);
    execute(job(Elementos.SOLICITAR_CONFORMIDAD, ticket));
    return ticket;
  }

  private ProcessInstance ciclo(String codigo) {
    return runtimeService().createProcessInstanceQuery().processDefinitionKey(CicloVidaEquipoProceso.CLAVE)
        .processInstanceBusinessKey(codigo).singleResult();
  }

  @Test
  void equipoDevueltoAlCerrarElTicketEmpiezaSuCicloDeVida() {
    String solicitante = solicitanteNuevo();
    String devuelto = EscenarioEquipo.equipoRegistrado(equipos, "CPU_LAPTOP", solicitante);
    ProcessInstance ticket = EscenarioTicket.iniciarComoAsistente(atencion, identidades,
        solicitud(TipoTicket.REQUERIMIENTO, Servicio.CPU_LAPTOP, Canal.CORREO, solicitante));
    asignar(ticket, "tecnico1");
    evaluar(ticket, ModoAtencion.PRESENCIAL);
    atender(ticket, Elementos.ATENDER_PRESENCIAL, null, false);
    execute(job(Elementos.SOLICITAR_CONFORMIDAD, ticket));
    cerrar(ticket, true, devuelto);

    ProcessInstance ciclo = ciclo(devuelto);
    assertThat(ciclo).isWaitingAt(CicloVidaEquipoProceso.DIAGNOSTICAR);
    assertThat(runtimeService().getVariable(ciclo.getId(), CicloVidaEquipoProceso.VAR_TICKET)).isEqualTo(ticket.getBusinessKey());
    assertThat(equipos.historia(devuelto)).extracting(MovimientoEquipo::estadoNuevo)
        .containsExactly(EstadoEquipo.ASIGNADO, EstadoEquipo.EN_DIAGNOSTICO);
    assertThat(equipos.historia(devuelto).get(1).codigoTicket()).isEqualTo(ticket.getBusinessKey());
  }

  @Test
  void cargoQueAsignaUnEquipoEnStockTerminaSuCicloComoReasignado() {
    ProcessInstance ciclo = EscenarioEquipo.enStock(equipos, cicloVida, "CPU_LAPTOP");
    String enStock = ciclo.getBusinessKey();
    assertThat(ciclo).isWaitingAt(CicloVidaEquipoProceso.EN_ALMACEN);

    String solicitante = solicitanteNuevo();
    ProcessInstance ticket = ticketEnCargo(solicitante);
    complete(task(Elementos.REGISTRAR_CARGO, ticket), withVariables(Variables.SERVIDOR, "Rosa Quispe",
        Variables.ORGANO_UNIDAD, "Dirección del SEACE", Variables.EQUIPOS_ASIGNADOS, enStock));
    execute(job(Elementos.GENERAR_CARGO, ticket));

    assertThat(ciclo).isEnded().hasPassed(CicloVidaEquipoProceso.FIN_REASIGNADO)
        .hasNotPassed(CicloVidaEquipoProceso.REVISAR_ESTADO, CicloVidaEquipoProceso.FIN_BAJA_SOLICITADA);
    assertThat(runtimeService().createProcessInstanceQuery().processInstanceId(ciclo.getId()).count()).isZero();
    MovimientoEquipo ultimo = equipos.historia(enStock).get(equipos.historia(enStock).size() - 1);
    assertThat(ultimo.estadoAnterior()).isEqualTo(EstadoEquipo.EN_ALMACEN);
    assertThat(ultimo.estadoNuevo()).isEqualTo(EstadoEquipo.REASIGNADO);
    assertThat(ultimo.titular()).isEqualTo(solicitante);
    assertThat(ultimo.codigoTicket()).isEqualTo(ticket.getBusinessKey());
    assertThat(ultimo.motivo()).contains("Reasignado desde el almacén de la UAST", "Rosa Quispe");
    assertThat(ticket).isWaitingAt(Elementos.GUARDAR_CARGO);
  }

  @Test
  void cargoNoPuedeAsignarUnEquipoQueAunEstaEnDiagnostico() {
    String enDiagnostico = EscenarioEquipo.equipoRegistrado(equipos, "CPU_LAPTOP", null);
    ProcessInstance ciclo = EscenarioEquipo.iniciar(cicloVida, enDiagnostico);
    ProcessInstance ticket = ticketEnCargo(solicitanteNuevo());
    int filas = equipos.historia(enDiagnostico).size();

    assertThatThrownBy(() -> complete(task(Elementos.REGISTRAR_CARGO, ticket), withVariables(Variables.SERVIDOR, "Rosa Quispe",
            Variables.ORGANO_UNIDAD, "Dirección del SEACE", Variables.EQUIPOS_ASIGNADOS, enDiagnostico)))
        .isInstanceOf(DatosInvalidosException.class)
        .hasMessageContaining("equiposAsignados: están en diagnóstico, formateo o baja")
        .hasMessageContaining(enDiagnostico);
    assertThat(ticket).isWaitingAt(Elementos.REGISTRAR_CARGO);
    assertThat(ciclo).isWaitingAt(CicloVidaEquipoProceso.DIAGNOSTICAR);
    assertThat(equipos.historia(enDiagnostico)).hasSize(filas);
  }
}
