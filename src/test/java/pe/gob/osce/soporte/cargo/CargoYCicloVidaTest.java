package pe.gob.osce.soporte.cargo;

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
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import pe.gob.osce.soporte.PruebaIntegracion;
import pe.gob.osce.soporte.catalogo.Canal;
import pe.gob.osce.soporte.catalogo.Servicio;
import pe.gob.osce.soporte.catalogo.TipoTicket;
import pe.gob.osce.soporte.comun.DatosInvalidosException;
import pe.gob.osce.soporte.equipo.CicloVidaEquipoAdapter;
import pe.gob.osce.soporte.equipo.CicloVidaEquipoProceso;
import pe.gob.osce.soporte.equipo.EscenarioEquipo;
import pe.gob.osce.soporte.equipo.EstadoEquipo;
import pe.gob.osce.soporte.equipo.MovimientoEquipo;
import pe.gob.osce.soporte.equipo.RegistroEquipos;
import pe.gob.osce.soporte.ticket.AtencionTicketAdapter;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Elementos;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Variables;
import pe.gob.osce.soporte.ticket.EscenarioTicket;
import pe.gob.osce.soporte.ticket.ModoAtencion;

/**
 * Entre procesos: el ticket devuelve equipos al ciclo de vida (15) y su cargo (10) reasigna los que
 * están en stock.
 */
class CargoYCicloVidaTest extends PruebaIntegracion {

  @Autowired AtencionTicketAdapter atencion;
  @Autowired CicloVidaEquipoAdapter cicloVida;
  @Autowired RegistroEquipos equipos;
  @Autowired TestRestTemplate http;

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
    return ticket;
  }

  private ProcessInstance ciclo(String codigo) {
    return runtimeService()
        .createProcessInstanceQuery()
        .processDefinitionKey(CicloVidaEquipoProceso.CLAVE)
        .processInstanceBusinessKey(codigo)
        .singleResult();
  }

  @Test
  void equipoDevueltoAlCerrarElTicketEmpiezaSuCicloDeVida() {
    String solicitante = solicitanteNuevo();
    String devuelto = EscenarioEquipo.equipoRegistrado(equipos, "CPU_LAPTOP", solicitante);
    ProcessInstance ticket =
        EscenarioTicket.iniciarComoAsistente(
            atencion,
            identidades,
            solicitud(TipoTicket.REQUERIMIENTO, Servicio.CPU_LAPTOP, Canal.CORREO, solicitante));
    asignar(ticket, "tecnico1");
    evaluar(ticket, ModoAtencion.PRESENCIAL);
    atender(ticket, Elementos.ATENDER_PRESENCIAL, null, false);
    execute(job(Elementos.SOLICITAR_CONFORMIDAD, ticket));
    cerrar(ticket, true, devuelto);

    ProcessInstance ciclo = ciclo(devuelto);
    assertThat(ciclo).isWaitingAt(CicloVidaEquipoProceso.Elementos.DIAGNOSTICAR);
    assertThat(
            runtimeService()
                .getVariable(ciclo.getId(), CicloVidaEquipoProceso.Variables.TICKET.nombre()))
        .isEqualTo(ticket.getBusinessKey());
    assertThat(equipos.historia(devuelto))
        .extracting(MovimientoEquipo::estadoNuevo)
        .containsExactly(EstadoEquipo.ASIGNADO, EstadoEquipo.EN_DIAGNOSTICO);
    assertThat(equipos.historia(devuelto).get(1).codigoTicket()).isEqualTo(ticket.getBusinessKey());
  }

  @Test
  void cargoQueAsignaUnEquipoEnStockTerminaSuCicloComoReasignado() {
    ProcessInstance ciclo = EscenarioEquipo.enStock(equipos, cicloVida, "CPU_LAPTOP");
    String enStock = ciclo.getBusinessKey();
    assertThat(ciclo).isWaitingAt(CicloVidaEquipoProceso.Elementos.EN_ALMACEN);

    String solicitante = solicitanteNuevo();
    ProcessInstance ticket = ticketEnCargo(solicitante);
    complete(
        task(Elementos.REGISTRAR_CARGO, ticket),
        withVariables(
            Variables.SERVIDOR.nombre(),
            "Rosa Quispe",
            Variables.ORGANO_UNIDAD.nombre(),
            "Dirección del SEACE",
            Variables.EQUIPOS_ASIGNADOS.nombre(),
            enStock));
    execute(job(Elementos.GENERAR_CARGO, ticket));

    assertThat(ciclo)
        .isEnded()
        .hasPassed(CicloVidaEquipoProceso.Elementos.FIN_REASIGNADO)
        .hasNotPassed(
            CicloVidaEquipoProceso.Elementos.REVISAR_ESTADO,
            CicloVidaEquipoProceso.Elementos.FIN_BAJA_SOLICITADA);
    assertThat(
            runtimeService().createProcessInstanceQuery().processInstanceId(ciclo.getId()).count())
        .isZero();
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

    assertThatThrownBy(
            () ->
                complete(
                    task(Elementos.REGISTRAR_CARGO, ticket),
                    withVariables(
                        Variables.SERVIDOR.nombre(),
                        "Rosa Quispe",
                        Variables.ORGANO_UNIDAD.nombre(),
                        "Dirección del SEACE",
                        Variables.EQUIPOS_ASIGNADOS.nombre(),
                        enDiagnostico)))
        .isInstanceOf(DatosInvalidosException.class)
        .hasMessageContaining(
            "equiposAsignados: no se pueden asignar: "
                + enDiagnostico
                + " (en diagnóstico); solo se"
                + " asignan bienes en stock del almacén o recién registrados");
    assertThat(ticket).isWaitingAt(Elementos.REGISTRAR_CARGO);
    assertThat(ciclo).isWaitingAt(CicloVidaEquipoProceso.Elementos.DIAGNOSTICAR);
    assertThat(equipos.historia(enDiagnostico)).hasSize(filas);
  }

  @Test
  void cargoNoEntregaLoQueNoSePuedeEntregarYElRechazoNombraCadaBienConSuEstado() {
    String solicitante = solicitanteNuevo();
    String pendienteBaja =
        EscenarioEquipo.pendienteDeBaja(equipos, cicloVida, "CPU_LAPTOP").getBusinessKey();
    String deOtro =
        EscenarioEquipo.equipoRegistrado(equipos, "MONITOR", "otra.persona@osce.gob.pe");
    equipos.cambiar(
        deOtro,
        EstadoEquipo.ASIGNADO,
        "otra.persona@osce.gob.pe",
        "Asignado con el cargo N° 001-2026",
        null,
        "tecnico1");
    String enAlmacen = EscenarioEquipo.equipoRegistrado(equipos, "TECLADO", null);
    String suyo = EscenarioEquipo.equipoRegistrado(equipos, "MOUSE", solicitante);
    ProcessInstance ticket = ticketEnCargo(solicitante);
    java.util.Map<String, Integer> filas = new java.util.HashMap<>();
    for (String c : java.util.List.of(pendienteBaja, deOtro, enAlmacen, suyo)) {
      filas.put(c, equipos.historia(c).size());
    }

    // Por la API de Camunda, como lo envía Tasklist: 400 con el mensaje del campo.
    String tarea = task(Elementos.REGISTRAR_CARGO, ticket).getId();
    ResponseEntity<java.util.Map<String, Object>> rechazo =
        http.withBasicAuth("tecnico1", "demo")
            .exchange(
                "/engine-rest/task/" + tarea + "/complete",
                HttpMethod.POST,
                new HttpEntity<>(
                    java.util.Map.of(
                        "variables",
                        java.util.Map.of(
                            Variables.SERVIDOR.nombre(),
                            valor("Rosa Quispe"),
                            Variables.ORGANO_UNIDAD.nombre(),
                            valor("Dirección del SEACE"),
                            Variables.EQUIPOS_ASIGNADOS.nombre(),
                            valor(pendienteBaja + ", " + deOtro),
                            Variables.EQUIPOS_RETIRADOS.nombre(),
                            valor(enAlmacen + ", " + suyo)))),
                new ParameterizedTypeReference<>() {});
    assertThat(rechazo.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) rechazo.getBody().get("message"))
        .contains(
            "equiposAsignados: no se pueden asignar: "
                + pendienteBaja
                + " (pendiente de baja), "
                + deOtro
                + " (asignado a otra persona)")
        .contains(
            "equiposRetirados: no se pueden retirar: "
                + enAlmacen
                + " (en almacén); solo se retiran bienes"
                + " asignados a este/a servidor/a ("
                + solicitante
                + ")")
        .doesNotContain(suyo + " (");

    assertThat(ticket).isWaitingAt(Elementos.REGISTRAR_CARGO);
    filas.forEach((c, n) -> assertThat(equipos.historia(c)).as(c).hasSize(n));
    assertThat(equipos.buscar(deOtro).orElseThrow().titular())
        .isEqualTo("otra.persona@osce.gob.pe");

    // Lo que sí se puede: retirar lo suyo y asignar lo que está en stock.
    complete(
        task(Elementos.REGISTRAR_CARGO, ticket),
        withVariables(
            Variables.SERVIDOR.nombre(),
            "Rosa Quispe",
            Variables.ORGANO_UNIDAD.nombre(),
            "Dirección del SEACE",
            Variables.EQUIPOS_ASIGNADOS.nombre(),
            enAlmacen,
            Variables.EQUIPOS_RETIRADOS.nombre(),
            suyo));
    assertThat(ticket).isWaitingAt(Elementos.GENERAR_CARGO);
  }

  private static java.util.Map<String, Object> valor(String texto) {
    return java.util.Map.of("value", texto, "type", "String");
  }
}
