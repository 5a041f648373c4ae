package pe.gob.osce.soporte.correo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Elementos;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Variables;
import pe.gob.osce.soporte.ticket.EscenarioTicket;
import pe.gob.osce.soporte.ticket.PasoTicket;

/**
 * El buzón de la mesa de ayuda como canal de entrada, de punta a punta contra el servidor de correo
 * embebido: los mensajes llegan por SMTP o se dejan crudos por IMAP, y la prueba llama a la lectura
 * del buzón como lo haría el temporizador.
 */
class EntradaCorreoTest extends PruebaBuzon {

  @Test
  void correoNuevoAbreUnTicketGuardaSusAdjuntosYRecibeAcuseConElCodigo() throws Exception {
    String solicitante = EscenarioTicket.solicitanteNuevo();
    MimeMessage correo = new MimeMessage(Session.getInstance(new Properties()));
    correo.setFrom(new InternetAddress(solicitante, "Luz Ramos"));
    correo.setRecipient(Message.RecipientType.TO, new InternetAddress(BuzonDePrueba.BUZON));
    correo.setSubject("La impresora del 3.er piso atasca el papel", "UTF-8");
    MimeBodyPart texto = new MimeBodyPart();
    texto.setText(
        "Tipo: Incidencia\nServicio: IMPRESORA\n\nDesde ayer atasca cada dos hojas.", "UTF-8");
    MimeBodyPart foto = new MimeBodyPart();
    foto.setContent(new byte[] {1, 2, 3, 4}, "image/jpeg");
    foto.setFileName("atasco impresora.jpg");
    foto.setDisposition(MimeBodyPart.ATTACHMENT);
    correo.setContent(new MimeMultipart(texto, foto));
    enviarPorSmtp(correo);

    BuzonEntrada.Lectura lectura = buzonEntrada.leer();

    assertThat(lectura.procesados()).isEqualTo(1);
    String codigo = codigoDe(solicitante);
    var ticket = registro.obtener(codigo);
    assertThat(ticket.asunto()).isEqualTo("La impresora del 3.er piso atasca el papel");
    assertThat(ticket.canal().name()).isEqualTo("CORREO");
    assertThat(ticket.tipo().name()).isEqualTo("INCIDENCIA");
    assertThat(ticket.servicio().name()).isEqualTo("IMPRESORA");
    assertThat(ticket.descripcion())
        .contains("Desde ayer atasca cada dos hojas.")
        .contains("atasco impresora.jpg");
    assertThat(ticket.registradoPor()).isEqualTo("sistema");
    ProcessInstance instancia = instanciaDe(codigo);
    assertThat(instancia).isWaitingAt(Elementos.ACUSAR_RECIBO);
    assertThat(buzon.asuntos("INBOX")).isEmpty();
    assertThat(buzon.asuntos("Procesados"))
        .containsExactly("La impresora del 3.er piso atasca el papel");

    execute(job(Elementos.ACUSAR_RECIBO, instancia));

    assertThat(instancia).isWaitingAt(Elementos.ASIGNAR_TECNICO);
    List<MimeMessage> recibidos = buzon(solicitante);
    assertThat(recibidos).hasSize(1);
    assertThat(recibidos.get(0).getSubject()).isEqualTo("[" + codigo + "] Recibimos su pedido");
    assertThat(recibidos.get(0).getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
    assertThat(recibidos.get(0).getMessageID()).startsWith("<" + codigo + ".");
    assertThat((String) recibidos.get(0).getContent())
        .contains("Registramos su pedido con el código " + codigo);
    List<Map<String, Object>> documentos =
        jdbc.queryForList(
            "SELECT carpeta, archivo FROM documento WHERE codigo_ticket = ? AND clase = 'ADJUNTO_CORREO'",
            codigo);
    assertThat(documentos).hasSize(1);
    assertThat(documentos.get(0).get("ARCHIVO").toString()).endsWith("atasco impresora.jpg");
    assertThat(
            Files.readAllBytes(
                DOCUMENTOS
                    .resolve(documentos.get(0).get("CARPETA").toString())
                    .resolve(documentos.get(0).get("ARCHIVO").toString())))
        .containsExactly(1, 2, 3, 4);
  }

  @Test
  void correoSinTipoNiServicioPasaPrimeroPorLaClasificacionDeLaMesaDeAyuda() throws Exception {
    String solicitante = EscenarioTicket.solicitanteNuevo();
    buzon.depositar(
        CorreosDePrueba.simple(
            "<clasificar-1@osce.gob.pe>",
            solicitante,
            "No tengo acceso al SIGA",
            "Buenos días, desde hoy el SIGA me dice usuario bloqueado."));

    buzonEntrada.leer();

    String proceso = procesoDelCorreo("<clasificar-1@osce.gob.pe>");
    ProcessInstance instancia =
        runtimeService().createProcessInstanceQuery().processInstanceId(proceso).singleResult();
    assertThat(instancia)
        .isWaitingAt(Elementos.CLASIFICAR_TICKET)
        .task()
        .hasCandidateGroup("mesa-ayuda");
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM ticket WHERE solicitante = ?", Integer.class, solicitante))
        .isZero();
    var tarea = taskService().createTaskQuery().processInstanceId(proceso).singleResult();
    assertThat(tarea.getName()).contains("01 Clasificar pedido recibido por correo");
    assertThatThrownBy(
            () ->
                taskService()
                    .complete(
                        tarea.getId(),
                        Map.of(
                            Variables.TIPO.nombre(),
                            "REQUERIMIENTO",
                            Variables.SERVICIO.nombre(),
                            "SIGA")))
        .hasMessageContaining("servicio: «SIGA» no es un servicio del catálogo");

    taskService()
        .complete(
            tarea.getId(),
            Map.of(
                Variables.TIPO.nombre(), "REQUERIMIENTO", Variables.SERVICIO.nombre(), "SIGA_MEF"));

    String codigo = codigoDe(solicitante);
    assertThat(registro.obtener(codigo).asunto()).isEqualTo("No tengo acceso al SIGA");
    assertThat(instancia).isWaitingAt(Elementos.ACUSAR_RECIBO);
    execute(job(Elementos.ACUSAR_RECIBO, instancia));
    assertThat(buzon(solicitante))
        .extracting(MimeMessage::getSubject)
        .containsExactly("[" + codigo + "] Recibimos su pedido");
    assertThat(instancia)
        .hasPassedInOrder(
            Elementos.CLASIFICAR_TICKET, Elementos.REGISTRAR_TICKET, Elementos.ACUSAR_RECIBO)
        .isWaitingAt(Elementos.ASIGNAR_TECNICO);
  }

  @Test
  void elMismoMensajeEntregadoDosVecesAbreUnSoloTicketAunqueSeVuelvaALeer() throws Exception {
    String solicitante = EscenarioTicket.solicitanteNuevo();
    String mensaje =
        CorreosDePrueba.simple(
            "<duplicado-7@osce.gob.pe>",
            solicitante,
            "Monitor sin imagen",
            "Tipo: INCIDENCIA\nServicio: MONITOR\nNo da imagen.");
    buzon.depositar(mensaje);
    buzon.depositar(mensaje);

    BuzonEntrada.Lectura primera = buzonEntrada.leer();
    buzon.depositar(mensaje); // el mismo mensaje, p. ej. devuelto a la bandeja tras un reinicio
    buzonEntrada.leer();

    assertThat(primera.procesados()).isEqualTo(2);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM ticket WHERE solicitante = ?", Integer.class, solicitante))
        .isEqualTo(1);
    assertThat(buzon.asuntos("Procesados")).hasSize(3);
    assertThat(buzon.asuntos("INBOX")).isEmpty();
  }

  @Test
  void unaRespuestaVaALaHistoriaDelTicketYALaTareaAbiertaSinAbrirOtro() throws Exception {
    String solicitante = EscenarioTicket.solicitanteNuevo();
    buzon.depositar(
        CorreosDePrueba.simple(
            "<original-3@osce.gob.pe>",
            solicitante,
            "Sin red en el módulo 5",
            "Tipo: INCIDENCIA\nServicio: CONECTIVIDAD\nNo hay red."));
    buzonEntrada.leer();
    String codigo = codigoDe(solicitante);
    execute(job(Elementos.ACUSAR_RECIBO, instanciaDe(codigo)));
    String acuse = buzon(solicitante).get(0).getMessageID();

    buzon.depositar(
        CorreosDePrueba.respuesta(
            "<respuesta-3@osce.gob.pe>",
            solicitante,
            "Re: Recibimos su pedido",
            acuse,
            "Olvidé decir: es la roseta junto a la ventana."));
    buzon.depositar(
        CorreosDePrueba.simple(
            "<respuesta-4@osce.gob.pe>", solicitante, "Consulta " + codigo, "¿Ya tienen técnico?"));
    buzon.depositar(
        CorreosDePrueba.respuesta(
            "<respuesta-5@osce.gob.pe>",
            solicitante,
            "Re: Sin red en el módulo 5",
            "<original-3@osce.gob.pe>",
            "Sigo sin red."));
    buzonEntrada.leer();

    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM ticket WHERE solicitante = ?", Integer.class, solicitante))
        .isEqualTo(1);
    List<PasoTicket> respuestas =
        registro.pasos(codigo).stream()
            .filter(p -> p.nombre().equals("Respuesta por correo"))
            .toList();
    assertThat(respuestas)
        .extracting(PasoTicket::detalle)
        .satisfiesExactly(
            d -> assertThat(d).contains("es la roseta junto a la ventana"),
            d -> assertThat(d).contains("¿Ya tienen técnico?"),
            d -> assertThat(d).contains("Sigo sin red."));
    var tarea =
        taskService()
            .createTaskQuery()
            .processInstanceId(instanciaDe(codigo).getId())
            .singleResult();
    assertThat(tarea.getTaskDefinitionKey()).isEqualTo(Elementos.ASIGNAR_TECNICO);
    assertThat(taskService().getTaskComments(tarea.getId()))
        .extracting(c -> c.getFullMessage())
        .anySatisfy(c -> assertThat(c).contains("es la roseta junto a la ventana"));
    String enFormularios =
        runtimeService()
            .getVariable(tarea.getProcessInstanceId(), Variables.CORREOS_RECIBIDOS.nombre())
            .toString();
    assertThat(enFormularios.indexOf("Sigo sin red."))
        .as("la más reciente primero")
        .isLessThan(enFormularios.indexOf("es la roseta junto a la ventana"));
    assertThat(Files.readString(Path.of("forms/A02_AsignarTecnico.form")))
        .contains("{{correosRecibidos}}");
  }

  private String codigoDe(String solicitante) {
    return jdbc.queryForObject(
        "SELECT codigo FROM ticket WHERE solicitante = ?", String.class, solicitante);
  }

  private String procesoDelCorreo(String messageId) {
    return jdbc.queryForObject(
        "SELECT process_instance_id FROM correo_entrante WHERE message_id = ?",
        String.class,
        messageId);
  }

  private static ProcessInstance instanciaDe(String codigo) {
    return runtimeService()
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(codigo)
        .singleResult();
  }

  private static void enviarPorSmtp(MimeMessage correo) throws Exception {
    Properties smtp = new Properties();
    smtp.put("mail.smtp.host", HOST_CORREO);
    smtp.put("mail.smtp.port", String.valueOf(SMTP));
    MimeMessage enSesion = new MimeMessage(Session.getInstance(smtp), toStream(correo));
    Transport.send(enSesion);
  }

  private static java.io.InputStream toStream(MimeMessage correo) throws Exception {
    correo.saveChanges();
    var bytes = new java.io.ByteArrayOutputStream();
    correo.writeTo(bytes);
    return new java.io.ByteArrayInputStream(bytes.toByteArray());
  }
}
