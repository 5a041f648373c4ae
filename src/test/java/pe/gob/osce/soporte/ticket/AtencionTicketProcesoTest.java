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

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import pe.gob.osce.soporte.PruebaIntegracion;
import pe.gob.osce.soporte.catalogo.Canal;
import pe.gob.osce.soporte.catalogo.Servicio;
import pe.gob.osce.soporte.catalogo.TipoTicket;
import pe.gob.osce.soporte.comun.DatosInvalidosException;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Elementos;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Variables;

/** Cada camino de la atención de un ticket (actividades 1-12), con el job executor apagado. */
class AtencionTicketProcesoTest extends PruebaIntegracion {

  @Autowired AtencionTicketAdapter atencion;
  @Autowired RegistroActividades registro;
  @Autowired JdbcTemplate jdbc;

  private ProcessInstance iniciar(SolicitudTicket solicitud) {
    return EscenarioTicket.iniciarComoAsistente(atencion, identidades, solicitud);
  }

  @Test
  void incidenciaAtendidaRemotamenteYSolucionadaSeCierraSinCambioDeEquipo() throws Exception {
    String solicitante = solicitanteNuevo();
    ProcessInstance ticket =
        iniciar(
            solicitud(TipoTicket.INCIDENCIA, Servicio.ACTIVE_DIRECTORY, Canal.CORREO, solicitante));
    String codigo = ticket.getBusinessKey();
    assertThat(codigo).matches("SOP-\\d{4}-\\d{6}");
    assertThat(ticket).isWaitingAt(Elementos.ASIGNAR_TECNICO);
    assertThat(task()).hasCandidateGroup("mesa-ayuda");

    como("asistente");
    complete(
        task(Elementos.ASIGNAR_TECNICO, ticket),
        withVariables(Variables.TECNICO.nombre(), "tecnico1"));
    identidades.clearAuthentication();
    execute(job(Elementos.DERIVAR_CORREO, ticket));
    assertThat(ticket).isWaitingAt(Elementos.EVALUAR_ATENCION);
    assertThat(task()).isAssignedTo("tecnico1");
    evaluar(ticket, ModoAtencion.REMOTA);
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
    cerrar(ticket, false, null);

    assertThat(ticket)
        .isEnded()
        .hasPassedInOrder(
            Elementos.REGISTRAR_TICKET,
            Elementos.ASIGNAR_TECNICO,
            Elementos.DERIVAR_CORREO,
            Elementos.EVALUAR_ATENCION,
            Elementos.ATENDER_REMOTO,
            Elementos.SOLICITAR_CONFORMIDAD,
            Elementos.CERRAR_TICKET,
            Elementos.REGISTRAR_CIERRE,
            Elementos.FIN_TICKET_CERRADO);
    assertThat(ticket)
        .hasNotPassed(
            Elementos.SOLICITAR_ATENCION_TERCEROS,
            Elementos.REGISTRAR_CARGO,
            Elementos.SOLICITAR_REGULARIZACION);

    Ticket fila = registro.obtener(codigo);
    assertThat(fila.estado()).isEqualTo(EstadoTicket.CERRADO);
    assertThat(fila.tecnico()).isEqualTo("tecnico1");
    assertThat(fila.modoAtencion()).isEqualTo(ModoAtencion.REMOTA);
    assertThat(fila.cerradoEn()).isNotNull();
    assertThat(fila.tiempoAtencionSegundos()).isNotNull();
    assertThat(registro.pasos(codigo))
        .extracting(PasoTicket::actividad)
        .containsExactly(
            Elementos.REGISTRAR_TICKET,
            Elementos.ASIGNAR_TECNICO,
            Elementos.DERIVAR_CORREO,
            Elementos.EVALUAR_ATENCION,
            Elementos.ATENDER_REMOTO,
            Elementos.SOLICITAR_CONFORMIDAD,
            Elementos.CERRAR_TICKET,
            Elementos.REGISTRAR_CIERRE);
    assertThat(registro.pasos(codigo).get(1).usuario()).isEqualTo("asistente");

    assertThat(asuntos(buzon("tecnico1@soporte.local")))
        .anyMatch(a -> a.startsWith("[" + codigo + "] Ticket asignado"));
    assertThat(asuntos(buzon(solicitante)))
        .containsExactly("[" + codigo + "] Solicitud de conformidad de la atención");
  }

  @Test
  void atencionRemotaSinPedirLaValidacionDelUsuarioNoSeCompleta() {
    ProcessInstance ticket =
        iniciar(
            solicitud(
                TipoTicket.INCIDENCIA,
                Servicio.ACTIVE_DIRECTORY,
                Canal.CORREO,
                solicitanteNuevo()));
    asignar(ticket, "tecnico1");
    evaluar(ticket, ModoAtencion.REMOTA);

    // Actividad 4: "Al finalizar, solicita a la/el usuaria/o validar la atención".
    assertThatThrownBy(
            () ->
                atender(
                    ticket, Elementos.ATENDER_REMOTO, true, false, "remotoAprobacionUsuario", true))
        .isInstanceOf(DatosInvalidosException.class)
        .hasMessageContaining("validacionSolicitada: es obligatorio");
    assertThatThrownBy(
            () ->
                atender(
                    ticket, Elementos.ATENDER_REMOTO, true, false, "validacionSolicitada", false))
        .isInstanceOf(DatosInvalidosException.class)
        .hasMessageContaining("validacionSolicitada: es obligatorio");
    assertThat(ticket).isWaitingAt(Elementos.ATENDER_REMOTO);
    assertThat(registro.pasos(ticket.getBusinessKey()))
        .extracting(PasoTicket::actividad)
        .doesNotContain(Elementos.ATENDER_REMOTO);

    atender(ticket, Elementos.ATENDER_REMOTO, true, false, "validacionSolicitada", true);
    assertThat(ticket).isWaitingAt(Elementos.SOLICITAR_CONFORMIDAD);
    assertThat(registro.pasos(ticket.getBusinessKey()).get(4).detalle())
        .contains("Sí: validación solicitada al usuario");
  }

  @Test
  void pedidoTelefonicoPideRegularizarPorCorreoYSeAtiendePorTelefono() throws Exception {
    String solicitante = solicitanteNuevo();
    ProcessInstance ticket =
        iniciar(solicitud(TipoTicket.REQUERIMIENTO, Servicio.CORREO, Canal.TELEFONO, solicitante));
    assertThat(ticket).isWaitingAt(Elementos.SOLICITAR_REGULARIZACION);
    execute(job(Elementos.SOLICITAR_REGULARIZACION, ticket));
    assertThat(asuntos(buzon(solicitante)))
        .containsExactly(
            "[" + ticket.getBusinessKey() + "] Regularice su pedido telefónico por correo");

    asignar(ticket, "tecnico2");
    evaluar(ticket, ModoAtencion.TELEFONICA);
    // Un requerimiento no exige "solucionado": pasa a la conformidad.
    atender(ticket, Elementos.ATENDER_TELEFONO, null, false, "atencionGuiada", true);
    assertThat(ticket).isWaitingAt(Elementos.SOLICITAR_CONFORMIDAD);
    execute(job(Elementos.SOLICITAR_CONFORMIDAD, ticket));
    cerrar(ticket, false, null);
    assertThat(ticket)
        .isEnded()
        .hasPassed(Elementos.ATENDER_TELEFONO, Elementos.FIN_TICKET_CERRADO);
  }

  @Test
  void desplazamientoSinConexionElectricaExigeAvisarAServiciosGenerales() {
    ProcessInstance ticket =
        iniciar(
            solicitud(
                TipoTicket.REQUERIMIENTO,
                Servicio.DESPLAZAMIENTOS,
                Canal.CORREO,
                solicitanteNuevo()));
    asignar(ticket, "tecnico1");
    evaluar(ticket, ModoAtencion.PRESENCIAL);

    assertThatThrownBy(
            () ->
                atender(
                    ticket,
                    Elementos.ATENDER_PRESENCIAL,
                    null,
                    false,
                    "conexionElectrica",
                    false,
                    "conexionRed",
                    false,
                    "tarjetaInalambricaStock",
                    false))
        .isInstanceOf(DatosInvalidosException.class)
        .hasMessageContaining(
            "servGeneralesComunicado: sin conexión eléctrica se debe comunicar a Servicios Generales")
        .hasMessageContaining(
            "adquisicionCoordinada: sin stock de tarjetas se debe coordinar su adquisición");
    assertThat(ticket).isWaitingAt(Elementos.ATENDER_PRESENCIAL);

    atender(
        ticket,
        Elementos.ATENDER_PRESENCIAL,
        null,
        false,
        "conexionElectrica",
        false,
        "servGeneralesComunicado",
        true,
        "conexionRed",
        false,
        "tarjetaInalambricaStock",
        true,
        "tarjetaInstalada",
        true);
    assertThat(ticket).isWaitingAt(Elementos.SOLICITAR_CONFORMIDAD);
    assertThat(registro.pasos(ticket.getBusinessKey()).get(4).detalle())
        .contains("Sí: comunicado a Servicios Generales");
  }

  @Test
  void incidenciaSinResultadoNoSePuedeCompletar() {
    ProcessInstance ticket =
        iniciar(
            solicitud(TipoTicket.INCIDENCIA, Servicio.MONITOR, Canal.CORREO, solicitanteNuevo()));
    asignar(ticket, "tecnico1");
    evaluar(ticket, ModoAtencion.PRESENCIAL);
    assertThatThrownBy(
            () ->
                complete(
                    task(Elementos.ATENDER_PRESENCIAL, ticket),
                    withVariables("causaHardwareVerificada", true)))
        .isInstanceOf(DatosInvalidosException.class)
        .hasMessageContaining("solucionado: es obligatorio en una incidencia")
        .hasMessageContaining("detalleAtencion: es obligatorio");
    assertThat(ticket).isWaitingAt(Elementos.ATENDER_PRESENCIAL);
  }

  @Test
  void asignarAQuienNoEsTecnicoSeRechaza() {
    ProcessInstance ticket =
        iniciar(solicitud(TipoTicket.INCIDENCIA, Servicio.MOUSE, Canal.CORREO, solicitanteNuevo()));
    assertThatThrownBy(
            () ->
                complete(
                    task(Elementos.ASIGNAR_TECNICO, ticket),
                    withVariables(Variables.TECNICO.nombre(), "jefe.oti")))
        .isInstanceOf(DatosInvalidosException.class)
        .hasMessageContaining("«jefe.oti» no pertenece al grupo Soporte Técnico");
    assertThat(ticket).isWaitingAt(Elementos.ASIGNAR_TECNICO);
    assertThat(registro.obtener(ticket.getBusinessKey()).tecnico()).isNull();
  }

  @Test
  void inicioInvalidoNoDejaInstanciaNiFila() {
    long instancias =
        runtimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey(AtencionTicketProceso.CLAVE)
            .count();
    long filas = jdbc.queryForObject("SELECT COUNT(*) FROM ticket", Long.class);
    assertThatThrownBy(
            () ->
                runtimeService()
                    .startProcessInstanceByKey(
                        AtencionTicketProceso.CLAVE,
                        withVariables(
                            Variables.TIPO.nombre(),
                            "QUEJA",
                            Variables.SERVICIO.nombre(),
                            "IMPRESORA",
                            Variables.CANAL.nombre(),
                            "CORREO",
                            Variables.SOLICITANTE.nombre(),
                            "no-es-correo",
                            Variables.ASUNTO.nombre(),
                            "")))
        .isInstanceOf(DatosInvalidosException.class)
        .hasMessageContaining("tipo: «QUEJA» no es un tipo válido")
        .hasMessageContaining(
            "solicitante: «no-es-correo» no es una dirección de correo electrónico válida")
        .hasMessageContaining("asunto: es obligatorio");
    assertThat(
            runtimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(AtencionTicketProceso.CLAVE)
                .count())
        .isEqualTo(instancias);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ticket", Long.class)).isEqualTo(filas);
  }

  static List<String> asuntos(List<MimeMessage> mensajes) throws Exception {
    List<String> asuntos = new java.util.ArrayList<>();
    for (MimeMessage m : mensajes) {
      asuntos.add(m.getSubject());
    }
    return asuntos;
  }
}
