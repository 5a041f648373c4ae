package pe.gob.osce.soporte.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static pe.gob.osce.soporte.ticket.EscenarioTicket.solicitanteNuevo;
import static pe.gob.osce.soporte.ticket.EscenarioTicket.solicitud;

import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pe.gob.osce.soporte.PruebaIntegracion;
import pe.gob.osce.soporte.catalogo.Canal;
import pe.gob.osce.soporte.catalogo.Servicio;
import pe.gob.osce.soporte.catalogo.TipoTicket;
import pe.gob.osce.soporte.correo.ServidorCorreoEmbebido;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Elementos;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Variables;

/** Un servidor de correo caído retrasa el correo y deja un incidente; nunca pierde el ticket. */
class CorreoCaidoTest extends PruebaIntegracion {

  @Autowired AtencionTicketAdapter atencion;
  @Autowired ServidorCorreoEmbebido servidorCorreo;

  @Test
  void correoCaidoSeReintentaCincoVecesQuedaComoIncidenteYSigueAlVolverElServidor()
      throws Exception {
    String id =
        atencion
            .iniciar(
                solicitud(
                    TipoTicket.INCIDENCIA, Servicio.SCANNER, Canal.CORREO, solicitanteNuevo()))
            .processInstanceId();
    ProcessInstance ticket =
        runtimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
    complete(
        task(Elementos.ASIGNAR_TECNICO, ticket),
        withVariables(Variables.TECNICO.nombre(), "tecnico2"));
    Job envio = job(Elementos.DERIVAR_CORREO, ticket);

    servidorCorreo.stop();
    try {
      for (int intento = 1; intento <= 5; intento++) {
        assertThatThrownBy(() -> managementService().executeJob(envio.getId()))
            .isInstanceOf(RuntimeException.class);
        Job fallido = managementService().createJobQuery().jobId(envio.getId()).singleResult();
        assertThat(fallido.getRetries()).isEqualTo(5 - intento);
        assertThat(fallido.getExceptionMessage()).isNotBlank();
      }
      Incident incidente =
          runtimeService().createIncidentQuery().processInstanceId(id).singleResult();
      assertThat(incidente.getActivityId()).isEqualTo(Elementos.DERIVAR_CORREO);
      assertThat(ticket).isWaitingAt(Elementos.DERIVAR_CORREO);
    } finally {
      servidorCorreo.start();
    }

    managementService().setJobRetries(envio.getId(), 1);
    managementService().executeJob(envio.getId());
    assertThat(ticket).isWaitingAt(Elementos.EVALUAR_ATENCION);
    assertThat(runtimeService().createIncidentQuery().processInstanceId(id).count()).isZero();
    assertThat(buzon("tecnico2@soporte.local"))
        .anySatisfy(
            m ->
                assertThat(m.getSubject())
                    .startsWith("[" + ticket.getBusinessKey() + "] Ticket asignado"));
  }
}
