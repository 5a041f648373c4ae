package pe.gob.osce.soporte.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static pe.gob.osce.soporte.ticket.AtencionTicketProcesoTest.asuntos;
import static pe.gob.osce.soporte.ticket.EscenarioTicket.cerrar;
import static pe.gob.osce.soporte.ticket.EscenarioTicket.solicitanteNuevo;

import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pe.gob.osce.soporte.PruebaIntegracion;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Elementos;

/** Actividades 8 y 9: la incidencia no solucionada va al proveedor y se vigila 24 horas. */
class EscalamientoProveedorTest extends PruebaIntegracion {

  static final String PROVEEDOR = "impresoras-sac@proveedor.pe";

  @Autowired AtencionTicketAdapter atencion;
  @Autowired RegistroActividades registro;

  private ProcessInstance ticketEnVentanaDe24Horas(String solicitante) {
    ProcessInstance ticket = EscenarioTicket.sinSolucionar(atencion, solicitante);
    assertThat(ticket).isWaitingAt(Elementos.SOLICITAR_ATENCION_TERCEROS);
    escalar(ticket);
    return ticket;
  }

  private void escalar(ProcessInstance ticket) {
    EscenarioTicket.escalar(ticket, PROVEEDOR);
    EscenarioTicket.tomarConocimiento(ticket);
  }

  @Test
  void incidenciaNoSolucionadaSeEscalaAlProveedorYSeCierraPasadas24Horas() throws Exception {
    String solicitante = solicitanteNuevo();
    Date inicioVentana = new Date();
    ClockUtil.setCurrentTime(inicioVentana);
    ProcessInstance ticket = ticketEnVentanaDe24Horas(solicitante);
    String codigo = ticket.getBusinessKey();

    assertThat(ticket).isWaitingAt(Elementos.VENTANA_24_HORAS);
    Job temporizador =
        managementService()
            .createJobQuery()
            .processInstanceId(ticket.getId())
            .activityId(Elementos.ESPERAR_24_HORAS)
            .singleResult();
    assertThat(temporizador.getDuedate())
        .isEqualTo(new Date(inicioVentana.getTime() + Duration.ofHours(24).toMillis()));
    ClockUtil.setCurrentTime(new Date(inicioVentana.getTime() + Duration.ofHours(23).toMillis()));
    assertThat(
            managementService()
                .createJobQuery()
                .processInstanceId(ticket.getId())
                .executable()
                .count())
        .isZero();

    ClockUtil.setCurrentTime(
        new Date(inicioVentana.getTime() + Duration.ofHours(24).plusMinutes(1).toMillis()));
    Job vencido =
        managementService()
            .createJobQuery()
            .processInstanceId(ticket.getId())
            .executable()
            .singleResult();
    assertThat(vencido.getId()).isEqualTo(temporizador.getId());
    execute(vencido);

    assertThat(ticket).isWaitingAt(Elementos.CERRAR_TICKET);
    cerrar(ticket, false, null);
    assertThat(ticket)
        .isEnded()
        .hasPassedInOrder(
            Elementos.SOLICITAR_ATENCION_TERCEROS,
            Elementos.NOTIFICAR_PROVEEDOR,
            Elementos.TOMAR_CONOCIMIENTO,
            Elementos.SOLICITAR_CONFORMIDAD_SERVICIO,
            Elementos.ESPERAR_24_HORAS,
            Elementos.CERRAR_TICKET)
        .hasNotPassed(Elementos.SOLICITAR_CONFORMIDAD, Elementos.REGISTRAR_CARGO);
    assertThat(registro.obtener(codigo).proveedor()).isEqualTo("Impresoras SAC");
    assertThat(registro.pasos(codigo))
        .extracting(PasoTicket::actividad)
        .containsSubsequence(
            Elementos.SOLICITAR_ATENCION_TERCEROS,
            Elementos.NOTIFICAR_PROVEEDOR,
            Elementos.TOMAR_CONOCIMIENTO,
            Elementos.SOLICITAR_CONFORMIDAD_SERVICIO,
            Elementos.ESPERAR_24_HORAS,
            Elementos.CERRAR_TICKET);
    assertThat(asuntos(buzon(PROVEEDOR)))
        .contains("[" + codigo + "] Solicitud de atención: No enciende el monitor del módulo 3");
    assertThat(asuntos(buzon(solicitante)))
        .containsExactly("[" + codigo + "] Solicitud de conformidad de la atención");
  }

  @Test
  void errorReportadoDentroDeLas24HorasVuelveAEscalarAlProveedor() {
    ProcessInstance ticket = ticketEnVentanaDe24Horas(solicitanteNuevo());
    atencion.reportarErrorProveedor(ticket.getBusinessKey());

    assertThat(ticket)
        .isWaitingAt(Elementos.SOLICITAR_ATENCION_TERCEROS)
        .hasPassed(Elementos.ERROR_SERVICIO_PROVEEDOR);
    assertThat(registro.pasos(ticket.getBusinessKey()))
        .extracting(PasoTicket::actividad)
        .endsWith(Elementos.ERROR_SERVICIO_PROVEEDOR);
    assertThat(registro.obtener(ticket.getBusinessKey()).estado())
        .isEqualTo(EstadoTicket.ESCALADO_PROVEEDOR);
    assertThat(
            managementService().createJobQuery().processInstanceId(ticket.getId()).timers().count())
        .isZero();
    escalar(ticket);
    assertThat(ticket).isWaitingAt(Elementos.VENTANA_24_HORAS);
  }
}
