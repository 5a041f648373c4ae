package pe.gob.osce.soporte.cargo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
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
import jakarta.mail.internet.MimeMultipart;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pe.gob.osce.soporte.PruebaIntegracion;
import pe.gob.osce.soporte.catalogo.Canal;
import pe.gob.osce.soporte.catalogo.Servicio;
import pe.gob.osce.soporte.catalogo.TipoTicket;
import pe.gob.osce.soporte.comun.DatosInvalidosException;
import pe.gob.osce.soporte.equipo.CicloVidaEquipoProceso;
import pe.gob.osce.soporte.equipo.EstadoEquipo;
import pe.gob.osce.soporte.equipo.NuevoEquipo;
import pe.gob.osce.soporte.equipo.RegistroEquipos;
import pe.gob.osce.soporte.ticket.AtencionTicketAdapter;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Elementos;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Variables;
import pe.gob.osce.soporte.ticket.EstadoTicket;
import pe.gob.osce.soporte.ticket.ModoAtencion;
import pe.gob.osce.soporte.ticket.RegistroActividades;

/**
 * Cambio de equipo: cargo (10), cargo firmado (11), cierre (12), proveído (13) y consolidación
 * (14).
 */
class CargoYConsolidacionTest extends PruebaIntegracion {

  @Autowired AtencionTicketAdapter atencion;
  @Autowired RegistroActividades registro;
  @Autowired RegistroEquipos equipos;

  private String equipo(String tipo, String marca, String titular) {
    String codigo = "74089950" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
    equipos.darDeAlta(
        new NuevoEquipo(codigo, tipo, marca, "Modelo X", "SN-" + codigo, "Sede Central", titular),
        "admin");
    return codigo;
  }

  private ProcessInstance ticketEnCargo(String solicitante) {
    String id =
        atencion
            .iniciar(
                solicitud(TipoTicket.INCIDENCIA, Servicio.CPU_LAPTOP, Canal.CORREO, solicitante))
            .processInstanceId();
    ProcessInstance ticket =
        runtimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
    asignar(ticket, "tecnico1");
    evaluar(ticket, ModoAtencion.PRESENCIAL);
    atender(ticket, Elementos.ATENDER_PRESENCIAL, true, true, "causaHardwareVerificada", true);
    execute(job(Elementos.SOLICITAR_CONFORMIDAD, ticket));
    assertThat(ticket).isWaitingAt(Elementos.REGISTRAR_CARGO);
    return ticket;
  }

  @Test
  void cambioDeEquipoGeneraCargoSeFirmaSeCierraYSeConsolidaEnElMes() throws Exception {
    String solicitante = solicitanteNuevo();
    String nuevo = equipo("CPU_LAPTOP", "Lenovo", null);
    String viejo = equipo("CPU_LAPTOP", "HP", solicitante);
    ProcessInstance ticket = ticketEnCargo(solicitante);
    String codigo = ticket.getBusinessKey();

    assertThatThrownBy(
            () ->
                complete(
                    task(Elementos.REGISTRAR_CARGO, ticket),
                    withVariables(
                        Variables.SERVIDOR.nombre(),
                        "Luz Ramos",
                        Variables.ORGANO_UNIDAD.nombre(),
                        "Dirección de Arbitraje",
                        Variables.EQUIPOS_ASIGNADOS.nombre(),
                        "NO-EXISTE-1")))
        .isInstanceOf(DatosInvalidosException.class)
        .hasMessageContaining("equiposAsignados: no están en el registro de equipos: NO-EXISTE-1");

    complete(
        task(Elementos.REGISTRAR_CARGO, ticket),
        withVariables(
            Variables.SERVIDOR.nombre(),
            "Luz Ramos Díaz",
            Variables.ORGANO_UNIDAD.nombre(),
            "Dirección de Arbitraje",
            Variables.EQUIPOS_ASIGNADOS.nombre(),
            nuevo.toLowerCase(),
            Variables.EQUIPOS_RETIRADOS.nombre(),
            viejo,
            Variables.TRASLADO_ENTRE_SEDES.nombre(),
            false));
    execute(job(Elementos.GENERAR_CARGO, ticket));

    String numero =
        (String) runtimeService().getVariable(ticket.getId(), Variables.NUMERO_CARGO.nombre());
    assertThat(numero).matches("\\d{3}-\\d{4}");
    try (PDDocument pdf =
        Loader.loadPDF(
            Files.readAllBytes(
                DOCUMENTOS
                    .resolve("Asignaciones")
                    .resolve("Cargo-" + numero + "-" + codigo + ".pdf")))) {
      String texto = new PDFTextStripper().getText(pdf);
      assertThat(texto)
          .contains(
              "OSCE-OTI-UAST",
              "CARGO DE ASIGNACIÓN DE EQUIPOS DE CÓMPUTO",
              "N° " + numero,
              "Fecha: ",
              "Luz Ramos Díaz",
              "Dirección de Arbitraje",
              "Lenovo",
              "HP");
      assertThat(texto.indexOf(viejo)).isLessThan(texto.indexOf("Se asigna")).isGreaterThan(-1);
      assertThat(texto.indexOf(nuevo)).isGreaterThan(texto.indexOf("Se asigna"));
    }
    assertThat(equipos.buscar(nuevo).orElseThrow().estado()).isEqualTo(EstadoEquipo.ASIGNADO);
    assertThat(equipos.buscar(nuevo).orElseThrow().titular()).isEqualTo(solicitante);
    assertThat(buzon(solicitante))
        .anySatisfy(
            m ->
                assertThat(m.getSubject())
                    .isEqualTo(
                        "["
                            + codigo
                            + "] Cargo de asignación de equipos N° "
                            + numero
                            + " para su firma"));

    assertThatThrownBy(
            () ->
                complete(
                    task(Elementos.GUARDAR_CARGO, ticket),
                    withVariables(
                        Variables.CARGO_FIRMADO.nombre(),
                        org.camunda.bpm.engine.variable.Variables.fileValue("cargo.docx")
                            .file("no soy un pdf".getBytes())
                            .create())))
        .isInstanceOf(DatosInvalidosException.class)
        .hasMessageContaining("«cargo.docx» no es un PDF");
    byte[] firmado =
        Files.readAllBytes(
            DOCUMENTOS.resolve("Asignaciones").resolve("Cargo-" + numero + "-" + codigo + ".pdf"));
    complete(
        task(Elementos.GUARDAR_CARGO, ticket),
        withVariables(
            Variables.CARGO_FIRMADO.nombre(),
            org.camunda.bpm.engine.variable.Variables.fileValue("cargo-firmado.pdf")
                .file(firmado)
                .mimeType("application/pdf")
                .create()));
    assertThat(
            DOCUMENTOS
                .resolve("Asignaciones")
                .resolve("Cargo-" + numero + "-" + codigo + "-firmado.pdf"))
        .exists();

    cerrar(ticket, false, null);
    assertThat(ticket)
        .isWaitingAt(Elementos.INFORMAR_ASIGNACION)
        .hasPassed(Elementos.INICIAR_CICLO_VIDA);
    assertThat(
            runtimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(CicloVidaEquipoProceso.CLAVE)
                .processInstanceBusinessKey(viejo)
                .count())
        .isEqualTo(1);
    assertThat(equipos.buscar(viejo).orElseThrow().estado()).isEqualTo(EstadoEquipo.EN_DIAGNOSTICO);
    assertThat(equipos.historia(viejo))
        .extracting(m -> m.estadoNuevo())
        .containsExactly(EstadoEquipo.ASIGNADO, EstadoEquipo.DEVUELTO, EstadoEquipo.EN_DIAGNOSTICO);
    assertThat(registro.obtener(codigo).estado()).isEqualTo(EstadoTicket.CERRADO);

    complete(
        task(Elementos.INFORMAR_ASIGNACION, ticket),
        withVariables(Variables.PROVEIDO_SGD.nombre(), "PROV-2026-0815"));
    assertThat(ticket).isWaitingAt(Elementos.ESPERAR_CONSOLIDACION);

    String consolidacion = consolidacionDelMes();
    ProcessInstance enCurso =
        runtimeService()
            .createProcessInstanceQuery()
            .processInstanceId(consolidacion)
            .singleResult();
    assertThat(enCurso).isWaitingAt(ConsolidacionPatrimonioProceso.Elementos.DERIVAR_CARGOS);
    assertThat(task(ConsolidacionPatrimonioProceso.Elementos.DERIVAR_CARGOS, enCurso))
        .hasCandidateGroup("jefe-uast");
    assertThat(
            (String)
                runtimeService()
                    .getVariable(
                        consolidacion,
                        ConsolidacionPatrimonioProceso.Variables.RESUMEN_CARGOS.nombre()))
        .contains(codigo, "cargo N° " + numero);
    complete(
        task(ConsolidacionPatrimonioProceso.Elementos.DERIVAR_CARGOS, enCurso),
        withVariables(
            ConsolidacionPatrimonioProceso.Variables.DOCUMENTO_SGD.nombre(), "MEMO-120-2026-OTI"));

    assertThat(enCurso).isEnded().hasPassed(ConsolidacionPatrimonioProceso.Elementos.FIN_DERIVADOS);
    assertThat(ticket)
        .isEnded()
        .hasPassed(Elementos.FIN_CARGO_DERIVADO, Elementos.FIN_CICLO_VIDA_INICIADO);
    assertThat(registro.obtener(codigo).cargoDerivadoEn()).isNotNull();
  }

  @Test
  void trasladoEntreSedesAgregaElFormatoDeTrasladoAlCorreoDeFirma() throws Exception {
    String solicitante = solicitanteNuevo();
    String impresora = equipo("IMPRESORA", "Epson", null);
    ProcessInstance ticket = ticketEnCargo(solicitante);
    assertThatThrownBy(
            () ->
                complete(
                    task(Elementos.REGISTRAR_CARGO, ticket),
                    withVariables(
                        Variables.SERVIDOR.nombre(),
                        "Luz Ramos",
                        Variables.ORGANO_UNIDAD.nombre(),
                        "Dirección de Arbitraje",
                        Variables.EQUIPOS_ASIGNADOS.nombre(),
                        impresora,
                        Variables.TRASLADO_ENTRE_SEDES.nombre(),
                        true,
                        Variables.SEDE_ORIGEN.nombre(),
                        "Sede Central")))
        .isInstanceOf(DatosInvalidosException.class)
        .hasMessageContaining("sedeDestino: es obligatoria en un traslado entre sedes");

    complete(
        task(Elementos.REGISTRAR_CARGO, ticket),
        withVariables(
            Variables.SERVIDOR.nombre(),
            "Luz Ramos",
            Variables.ORGANO_UNIDAD.nombre(),
            "Dirección de Arbitraje",
            Variables.EQUIPOS_ASIGNADOS.nombre(),
            impresora,
            Variables.TRASLADO_ENTRE_SEDES.nombre(),
            true,
            Variables.SEDE_ORIGEN.nombre(),
            "Sede Central",
            Variables.SEDE_DESTINO.nombre(),
            "Sede San Isidro"));
    execute(job(Elementos.GENERAR_CARGO, ticket));

    String numero =
        (String) runtimeService().getVariable(ticket.getId(), Variables.NUMERO_CARGO.nombre());
    String codigo = ticket.getBusinessKey();
    try (PDDocument pdf =
        Loader.loadPDF(
            Files.readAllBytes(
                DOCUMENTOS
                    .resolve("Asignaciones")
                    .resolve("Traslado-" + numero + "-" + codigo + ".pdf")))) {
      assertThat(new PDFTextStripper().getText(pdf))
          .contains("Sede Central", "Sede San Isidro", impresora);
    }
    // Registro de alta, baja y traslado: el bien pasó a la sede de destino, con origen y destino en
    // su fila.
    assertThat(equipos.buscar(impresora).orElseThrow().sede()).isEqualTo("Sede San Isidro");
    List<pe.gob.osce.soporte.equipo.MovimientoEquipo> historia = equipos.historia(impresora);
    assertThat(historia.get(historia.size() - 1))
        .satisfies(
            m -> {
              assertThat(m.sedeOrigen()).isEqualTo("Sede Central");
              assertThat(m.sedeDestino()).isEqualTo("Sede San Isidro");
              assertThat(m.sede()).isEqualTo("Sede San Isidro");
              assertThat(m.motivo()).contains("trasladado de Sede Central a Sede San Isidro");
            });
    assertThat(historia.get(0).sede()).isEqualTo("Sede Central");

    // Actividad 11: con traslado entre sedes se guarda también el formato de traslado firmado.
    byte[] cargoPdf =
        Files.readAllBytes(
            DOCUMENTOS.resolve("Asignaciones").resolve("Cargo-" + numero + "-" + codigo + ".pdf"));
    byte[] trasladoPdf =
        Files.readAllBytes(
            DOCUMENTOS
                .resolve("Asignaciones")
                .resolve("Traslado-" + numero + "-" + codigo + ".pdf"));
    assertThatThrownBy(
            () ->
                complete(
                    task(Elementos.GUARDAR_CARGO, ticket),
                    withVariables(
                        Variables.CARGO_FIRMADO.nombre(), pdf("cargo-firmado.pdf", cargoPdf))))
        .isInstanceOf(DatosInvalidosException.class)
        .hasMessageContaining("trasladoFirmado: adjunte el formato de traslado firmado en PDF");
    assertThat(
            DOCUMENTOS
                .resolve("Asignaciones")
                .resolve("Cargo-" + numero + "-" + codigo + "-firmado.pdf"))
        .as("nada a medias")
        .doesNotExist();
    complete(
        task(Elementos.GUARDAR_CARGO, ticket),
        withVariables(
            Variables.CARGO_FIRMADO.nombre(),
            pdf("cargo-firmado.pdf", cargoPdf),
            Variables.TRASLADO_FIRMADO.nombre(),
            pdf("traslado-firmado.pdf", trasladoPdf)));
    assertThat(
            DOCUMENTOS
                .resolve("Asignaciones")
                .resolve("Cargo-" + numero + "-" + codigo + "-firmado.pdf"))
        .exists();
    assertThat(
            DOCUMENTOS
                .resolve("Asignaciones")
                .resolve("Traslado-" + numero + "-" + codigo + "-firmado.pdf"))
        .hasBinaryContent(trasladoPdf);
    assertThat(ticket).isWaitingAt(Elementos.CERRAR_TICKET);
    MimeMessage aFirma =
        buzon(solicitante).stream()
            .filter(m -> asunto(m).contains("Cargo de asignación"))
            .findFirst()
            .orElseThrow();
    assertThat(adjuntos(aFirma))
        .containsExactly(
            "Cargo-" + numero + "-" + codigo + ".pdf",
            "Traslado-" + numero + "-" + codigo + ".pdf");
  }

  private static org.camunda.bpm.engine.variable.value.FileValue pdf(
      String nombre, byte[] contenido) {
    return org.camunda.bpm.engine.variable.Variables.fileValue(nombre)
        .file(contenido)
        .mimeType("application/pdf")
        .create();
  }

  private static String asunto(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> adjuntos(MimeMessage m) throws Exception {
    List<String> nombres = new ArrayList<>();
    MimeMultipart partes = (MimeMultipart) m.getContent();
    for (int i = 0; i < partes.getCount(); i++) {
      if (partes.getBodyPart(i).getFileName() != null) {
        nombres.add(
            jakarta.mail.internet.MimeUtility.decodeText(partes.getBodyPart(i).getFileName()));
      }
    }
    return nombres;
  }

  @Test
  void consolidacionSinCargosPendientesNoCreaTarea() {
    runtimeService()
        .createExecutionQuery()
        .processDefinitionKey(AtencionTicketProceso.CLAVE)
        .activityId(Elementos.ESPERAR_CONSOLIDACION)
        .list()
        .forEach(
            e ->
                runtimeService()
                    .createMessageCorrelation(AtencionTicketProceso.MENSAJE_CARGOS_DERIVADOS)
                    .processInstanceId(e.getProcessInstanceId())
                    .correlate());
    String consolidacion = consolidacionDelMes();
    assertThat(
            historyService()
                .createHistoricProcessInstanceQuery()
                .processInstanceId(consolidacion)
                .finished()
                .count())
        .isEqualTo(1);
    assertThat(
            historyService()
                .createHistoricActivityInstanceQuery()
                .processInstanceId(consolidacion)
                .activityId(ConsolidacionPatrimonioProceso.Elementos.FIN_SIN_PENDIENTES)
                .count())
        .isEqualTo(1);
    assertThat(
            historyService()
                .createHistoricTaskInstanceQuery()
                .processInstanceId(consolidacion)
                .count())
        .isZero();
  }

  /**
   * El temporizador de inicio vence el día 1 a las 08:00: se mueve el reloj hasta allí y se
   * dispara.
   */
  private String consolidacionDelMes() {
    Job inicio =
        managementService()
            .createJobQuery()
            .processDefinitionKey(ConsolidacionPatrimonioProceso.CLAVE)
            .timers()
            .singleResult();
    LocalDateTime vence =
        LocalDateTime.ofInstant(inicio.getDuedate().toInstant(), ZoneId.systemDefault());
    assertThat(vence.getDayOfMonth()).isEqualTo(1);
    assertThat(vence.getHour()).isEqualTo(8);
    assertThat(vence.getMinute()).isZero();
    ClockUtil.setCurrentTime(new Date(inicio.getDuedate().getTime() + 1000));
    assertThat(
            managementService()
                .createJobQuery()
                .processDefinitionKey(ConsolidacionPatrimonioProceso.CLAVE)
                .executable()
                .count())
        .isEqualTo(1);
    Set<String> antes = consolidaciones();
    execute(inicio);
    Set<String> nuevas = consolidaciones();
    nuevas.removeAll(antes);
    assertThat(nuevas).hasSize(1);
    return nuevas.iterator().next();
  }

  private static Set<String> consolidaciones() {
    return historyService()
        .createHistoricProcessInstanceQuery()
        .processDefinitionKey(ConsolidacionPatrimonioProceso.CLAVE)
        .list()
        .stream()
        .map(h -> h.getId())
        .collect(Collectors.toCollection(HashSet::new));
  }
}
