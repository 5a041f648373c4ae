package pe.gob.osce.soporte.ticket;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.boot.test.web.client.TestRestTemplate;
import pe.gob.osce.soporte.catalogo.Canal;
import pe.gob.osce.soporte.catalogo.Servicio;
import pe.gob.osce.soporte.catalogo.TipoTicket;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Elementos;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Variables;

/** Pasos de un ticket como los da la gente en Tasklist, para que cada prueba diga solo lo suyo. */
public final class EscenarioTicket {

  private EscenarioTicket() {}

  /**
   * Los pasos siguientes los hace este usuario, con sus grupos, como si hubiera entrado a Tasklist.
   */
  public static void como(IdentityService identidades, String usuario) {
    List<String> grupos =
        identidades.createGroupQuery().groupMember(usuario).list().stream()
            .map(g -> g.getId())
            .toList();
    identidades.setAuthentication(usuario, grupos);
  }

  /** La asistente registra el pedido (actividad 1); después nadie queda autenticado. */
  public static ProcessInstance iniciarComoAsistente(
      AtencionTicketAdapter atencion, IdentityService identidades, SolicitudTicket solicitud) {
    como(identidades, "asistente");
    String id;
    try {
      id = atencion.iniciar(solicitud).processInstanceId();
    } finally {
      identidades.clearAuthentication();
    }
    return runtimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
  }

  /**
   * La asistente registra un pedido por correo por {@code POST /api/tickets}; devuelve la respuesta
   * ({@code codigo}, {@code processInstanceId}).
   */
  public static Map<?, ?> registrarPorApi(TestRestTemplate http, Servicio servicio, String asunto) {
    return http.withBasicAuth("asistente", "demo")
        .postForObject(
            "/api/tickets",
            Map.of(
                "tipo",
                TipoTicket.INCIDENCIA.name(),
                "servicio",
                servicio.name(),
                "canal",
                Canal.CORREO.name(),
                "solicitante",
                "ana.paz@osce.gob.pe",
                "asunto",
                asunto),
            Map.class);
  }

  public static String solicitanteNuevo() {
    return "servidor-" + UUID.randomUUID().toString().substring(0, 8) + "@osce.gob.pe";
  }

  public static SolicitudTicket solicitud(
      TipoTicket tipo, Servicio servicio, Canal canal, String solicitante) {
    return new SolicitudTicket(
        tipo.name(),
        servicio.name(),
        canal.name(),
        solicitante,
        "No enciende el monitor del módulo 3",
        "Desde esta mañana la pantalla queda en negro.",
        null);
  }

  /** Actividad 2 como la asistente, y el correo al técnico. */
  public static void asignar(ProcessInstance instancia, String tecnico) {
    complete(
        task(Elementos.ASIGNAR_TECNICO, instancia),
        withVariables(Variables.TECNICO.nombre(), tecnico));
    execute(job(Elementos.DERIVAR_CORREO, instancia));
  }

  public static void evaluar(ProcessInstance instancia, ModoAtencion modo) {
    complete(
        task(Elementos.EVALUAR_ATENCION, instancia),
        withVariables(Variables.MODO_ATENCION.nombre(), modo.name()));
  }

  public static void atender(
      ProcessInstance instancia,
      String tarea,
      Boolean solucionado,
      boolean cambioEquipo,
      Object... checklist) {
    Map<String, Object> variables = new HashMap<>();
    for (int i = 0; i + 1 < checklist.length; i += 2) {
      variables.put((String) checklist[i], checklist[i + 1]);
    }
    variables.put(Variables.SOLUCIONADO.nombre(), solucionado);
    variables.put(Variables.CAMBIO_EQUIPO.nombre(), cambioEquipo);
    variables.put(
        Variables.DETALLE_ATENCION.nombre(), "Se revisó el cable de video y se reemplazó.");
    complete(task(tarea, instancia), variables);
  }

  /** Incidencia presencial que el técnico no solucionó: queda en la actividad 8. */
  public static ProcessInstance sinSolucionar(AtencionTicketAdapter atencion, String solicitante) {
    String id =
        atencion
            .iniciar(
                solicitud(TipoTicket.INCIDENCIA, Servicio.IMPRESORA, Canal.CORREO, solicitante))
            .processInstanceId();
    ProcessInstance ticket =
        runtimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
    asignar(ticket, "tecnico1");
    evaluar(ticket, ModoAtencion.PRESENCIAL);
    atender(ticket, Elementos.ATENDER_PRESENCIAL, false, false, "causaHardwareVerificada", true);
    return ticket;
  }

  /**
   * Actividad 8: el técnico escala al proveedor y se le escribe; queda esperando su informe
   * (actividad 9).
   */
  public static void escalar(ProcessInstance instancia, String correoProveedor) {
    complete(
        task(Elementos.SOLICITAR_ATENCION_TERCEROS, instancia),
        withVariables(
            Variables.PROVEEDOR.nombre(),
            "Impresoras SAC",
            Variables.CORREO_PROVEEDOR.nombre(),
            correoProveedor,
            Variables.MOTIVO_ESCALAMIENTO.nombre(),
            "El fusor no calienta; requiere repuesto."));
    execute(job(Elementos.NOTIFICAR_PROVEEDOR, instancia));
  }

  /**
   * Actividad 9: el proveedor informó la finalización y se pide la conformidad; empieza la ventana
   * de 24 horas.
   */
  public static void tomarConocimiento(ProcessInstance instancia) {
    complete(
        task(Elementos.TOMAR_CONOCIMIENTO, instancia),
        withVariables(
            Variables.INFORME_PROVEEDOR.nombre(), "Guía de atención 0045: fusor reemplazado."));
    execute(job(Elementos.SOLICITAR_CONFORMIDAD_SERVICIO, instancia));
  }

  public static void cerrar(ProcessInstance instancia, boolean devolucion, String devueltos) {
    complete(
        task(Elementos.CERRAR_TICKET, instancia),
        withVariables(
            Variables.DEVOLUCION_EQUIPO.nombre(),
            devolucion,
            Variables.EQUIPOS_DEVUELTOS.nombre(),
            devueltos));
  }
}
