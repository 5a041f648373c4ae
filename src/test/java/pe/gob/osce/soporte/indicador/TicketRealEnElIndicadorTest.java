package pe.gob.osce.soporte.indicador;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import pe.gob.osce.soporte.PruebaIntegracion;
import pe.gob.osce.soporte.ticket.AtencionTicketAdapter;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Elementos;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Variables;
import pe.gob.osce.soporte.ticket.EscenarioTicket;
import pe.gob.osce.soporte.ticket.SolicitudTicket;

/**
 * Un ticket de verdad, por el proceso, en febrero de 2026 (mes que ninguna otra prueba usa): el
 * indicador lee los pasos que anotan los listeners de las actividades 8 y 9, no una fixture.
 */
class TicketRealEnElIndicadorTest extends PruebaIntegracion {

  @Autowired AtencionTicketAdapter atencion;
  @Autowired TestRestTemplate http;

  private static void reloj(int dia, int hora) {
    OffsetDateTime momento = FixtureAbril.at(2, dia, hora, 0);
    ClockUtil.setCurrentTime(Date.from(momento.toInstant()));
  }

  private static void escalarYTomarConocimiento(ProcessInstance ticket, int dia, int hora) {
    reloj(dia, hora);
    complete(
        task(Elementos.SOLICITAR_ATENCION_TERCEROS, ticket),
        withVariables(
            Variables.PROVEEDOR.nombre(),
            "Impresoras SAC",
            Variables.CORREO_PROVEEDOR.nombre(),
            "impresoras-sac@proveedor.pe",
            Variables.MOTIVO_ESCALAMIENTO.nombre(),
            "El fusor no calienta."));
    execute(job(Elementos.NOTIFICAR_PROVEEDOR, ticket));
    complete(
        task(Elementos.TOMAR_CONOCIMIENTO, ticket),
        withVariables(Variables.INFORME_PROVEEDOR.nombre(), "Fusor reemplazado."));
    execute(job(Elementos.SOLICITAR_CONFORMIDAD_SERVICIO, ticket));
  }

  @Test
  void incidenciaReescaladaAlProveedorCuentaUnaVezConSusDosEsperasAparte() {
    reloj(10, 9); // martes 10 de febrero, 09:00
    ProcessInstance ticket =
        EscenarioTicket.iniciarComoAsistente(
            atencion,
            identidades,
            new SolicitudTicket(
                "INCIDENCIA",
                "IMPRESORA",
                "CORREO",
                EscenarioTicket.solicitanteNuevo(),
                "La impresora no imprime",
                null,
                null));
    complete(
        task(Elementos.ASIGNAR_TECNICO, ticket),
        withVariables(Variables.TECNICO.nombre(), "tecnico2"));
    execute(job(Elementos.DERIVAR_CORREO, ticket));
    complete(
        task(Elementos.EVALUAR_ATENCION, ticket),
        withVariables(Variables.MODO_ATENCION.nombre(), "PRESENCIAL"));
    complete(
        task(Elementos.ATENDER_PRESENCIAL, ticket),
        withVariables(
            Variables.SOLUCIONADO.nombre(),
            false,
            Variables.CAMBIO_EQUIPO.nombre(),
            false,
            Variables.DETALLE_ATENCION.nombre(),
            "Falla del fusor.",
            "causaHardwareVerificada",
            true));
    escalarYTomarConocimiento(ticket, 10, 10); // primera espera: 10:00 ...
    reloj(10, 12);
    atencion.reportarErrorProveedor(
        ticket.getBusinessKey()); // ... hasta el error a las 12:00 (2 h)
    escalarYTomarConocimiento(ticket, 10, 13); // segunda espera: martes 13:00 ...
    reloj(11, 13);
    execute(
        job(Elementos.ESPERAR_24_HORAS, ticket)); // ... hasta el fin de la ventana, miércoles 13:00
    reloj(11, 15);
    complete(
        task(Elementos.CERRAR_TICKET, ticket),
        withVariables(
            Variables.DEVOLUCION_EQUIPO.nombre(),
            false,
            Variables.EQUIPOS_DEVUELTOS.nombre(),
            null));
    ClockUtil.reset();

    Map<String, Object> febrero = febrero();
    assertThat(febrero)
        .containsEntry("reportadas", 1)
        .containsEntry("cerradas", 1)
        .containsEntry("dentroDeMeta", 1);
    // Martes 09:00 a miércoles 15:00: 30 h; laborables 8,5 h + 6,5 h.
    assertThat(mapa(febrero.get("calendario"))).containsEntry("suma", 30 * 3600);
    assertThat(mapa(febrero.get("laborable"))).containsEntry("suma", 15 * 3600);
    // Proveedor: 2 h + 24 h en calendario; 2 h + (4,5 h + 4,5 h) laborables. Propio: 15 h - 11 h.
    assertThat(mapa(febrero.get("proveedor")))
        .containsEntry("incidencias", 1)
        .containsEntry("sumaCalendario", 26 * 3600)
        .containsEntry("sumaLaborable", 11 * 3600)
        .containsEntry("sumaPropiaLaborable", 4 * 3600);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> mapa(Object o) {
    return (Map<String, Object>) o;
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> febrero() {
    Map<String, Object> indicador =
        http.withBasicAuth("jefe.uast", "demo")
            .exchange(
                "/api/indicadores/tiempo-atencion?anio=2026",
                HttpMethod.GET,
                null,
                new ParameterizedTypeReference<Map<String, Object>>() {})
            .getBody();
    return (Map<String, Object>)
        ((List<Map<String, Object>>) indicador.get("meses")).get(1).get("incidencias");
  }
}
