package pe.gob.osce.soporte.ticket.correo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import pe.gob.osce.soporte.PruebaIntegracion;
import pe.gob.osce.soporte.correo.BuzonDePrueba;
import pe.gob.osce.soporte.correo.BuzonEntrada;
import pe.gob.osce.soporte.correo.CorreosDePrueba;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Elementos;
import pe.gob.osce.soporte.ticket.EscenarioTicket;
import pe.gob.osce.soporte.ticket.PasoTicket;
import pe.gob.osce.soporte.ticket.RegistroActividades;

/**
 * Issue 10, el correo que llega de fuera: pedidos nuevos solo de los dominios configurados,
 * respuestas a un ticket solo de su solicitante, su proveedor o el personal, ningún adjunto
 * ejecutable y un acuse que no repite lo que se escribió. Lo rechazado va a Ignorados y se cuenta.
 */
class CorreoDeFueraTest extends PruebaIntegracion {

  /** Cabecera MZ de un ejecutable de Windows, en base64. */
  static final String EJECUTABLE = "TVqQAAMAAAAEAAAA//8AALgAAAAAAAAAQAAAAAAAAAA=";

  @Autowired BuzonEntrada buzonEntrada;
  @Autowired RegistroActividades registro;
  @Autowired JdbcTemplate jdbc;
  @Autowired MeterRegistry metricas;

  BuzonDePrueba buzon;

  @BeforeEach
  void buzonVacio() throws Exception {
    buzon = new BuzonDePrueba(HOST_CORREO, IMAP);
    buzon.vaciar();
  }

  @Test
  void unPedidoDeUnDominioAjenoVaAIgnoradosSinTicketNiAcuse() throws Exception {
    double antes = descartados("dominio_no_permitido");
    String ajeno = "alguien-" + System.nanoTime() + "@correo-ajeno.com";
    buzon.depositar(
        CorreosDePrueba.simple(
            "<ajeno-1@correo-ajeno.com>",
            ajeno,
            "Gane un premio",
            "Tipo: INCIDENCIA\nServicio: IMPRESORA\nVisite http://premio.example"));

    BuzonEntrada.Lectura lectura = buzonEntrada.leer();

    assertThat(lectura.ignorados()).isEqualTo(1);
    assertThat(buzon.asuntos("Ignorados")).containsExactly("Gane un premio");
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM ticket WHERE solicitante = ?", Integer.class, ajeno))
        .isZero();
    assertThat(
            jdbc.queryForObject(
                "SELECT process_instance_id FROM correo_entrante WHERE message_id = ?",
                String.class,
                "<ajeno-1@correo-ajeno.com>"))
        .isNull();
    assertThat(descartados("dominio_no_permitido")).isEqualTo(antes + 1);
    assertThatThrownBy(() -> buzon(ajeno))
        .as("nunca se le escribió")
        .isInstanceOf(AuthenticationFailedException.class);
  }

  @Test
  void soloElSolicitanteOElPersonalRespondenAUnTicketConSuCodigo() throws Exception {
    String solicitante = EscenarioTicket.solicitanteNuevo();
    buzon.depositar(
        CorreosDePrueba.simple(
            "<pedido-ajeno-1@osce.gob.pe>",
            solicitante,
            "Sin red",
            "Tipo: INCIDENCIA\nServicio: CONECTIVIDAD\nNo hay red."));
    buzonEntrada.leer();
    String codigo = codigoDe(solicitante);
    double antes = descartados("remitente_no_autorizado");

    buzon.depositar(
        CorreosDePrueba.simple(
            "<intruso-1@osce.gob.pe>",
            EscenarioTicket.solicitanteNuevo(),
            "Re: [" + codigo + "] Recibimos su pedido",
            "Comentario de un extraño"));
    buzon.depositar(
        CorreosDePrueba.simple(
            "<tecnico-1@soporte.local>",
            "tecnico1@soporte.local",
            "Re: [" + codigo + "] Recibimos su pedido",
            "Nota del técnico"));
    buzon.depositar(
        CorreosDePrueba.simple(
            "<dueno-1@osce.gob.pe>",
            solicitante.toUpperCase(),
            "Consulta " + codigo,
            "Nota de la solicitante"));
    BuzonEntrada.Lectura lectura = buzonEntrada.leer();

    assertThat(lectura.ignorados()).isEqualTo(1);
    assertThat(lectura.procesados()).isEqualTo(2);
    assertThat(buzon.asuntos("Ignorados"))
        .containsExactly("Re: [" + codigo + "] Recibimos su pedido");
    assertThat(registro.pasos(codigo))
        .extracting(PasoTicket::detalle)
        .noneMatch(d -> d != null && d.contains("Comentario de un extraño"))
        .anyMatch(d -> d != null && d.contains("Nota del técnico"))
        .anyMatch(d -> d != null && d.contains("Nota de la solicitante"));
    assertThat(descartados("remitente_no_autorizado")).isEqualTo(antes + 1);
  }

  @Test
  void unAdjuntoEjecutablePorNombreOPorContenidoVaAIgnorados() throws Exception {
    double antes = descartados("adjunto_ejecutable");
    String porNombre = EscenarioTicket.solicitanteNuevo();
    String porContenido = EscenarioTicket.solicitanteNuevo();
    buzon.depositar(
        CorreosDePrueba.conAdjunto(
            "<exe-1@osce.gob.pe>",
            porNombre,
            "Factura",
            "factura.pdf.EXE",
            "application/pdf",
            "JVBERi0xLjQK"));
    buzon.depositar(
        CorreosDePrueba.conAdjunto(
            "<exe-2@osce.gob.pe>", porContenido, "Foto", "foto.jpg", "image/jpeg", EJECUTABLE));

    BuzonEntrada.Lectura lectura = buzonEntrada.leer();

    assertThat(lectura.ignorados()).isEqualTo(2);
    assertThat(buzon.asuntos("Ignorados")).containsExactlyInAnyOrder("Factura", "Foto");
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM ticket WHERE solicitante IN (?, ?)",
                Integer.class,
                porNombre,
                porContenido))
        .isZero();
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM correo_adjunto WHERE clave_correo IN (SELECT clave FROM"
                    + " correo_entrante WHERE message_id IN ('<exe-1@osce.gob.pe>', '<exe-2@osce.gob.pe>'))",
                Integer.class))
        .as("nada se guardó en el disco")
        .isZero();
    assertThat(descartados("adjunto_ejecutable")).isEqualTo(antes + 2);
  }

  @Test
  void elAcuseDaElCodigoYNoRepiteNiElAsuntoNiElTexto() throws Exception {
    String solicitante = EscenarioTicket.solicitanteNuevo();
    buzon.depositar(
        CorreosDePrueba.simple(
            "<eco-1@osce.gob.pe>",
            solicitante,
            "Asunto-ECO-4711",
            "Tipo: INCIDENCIA\nServicio: IMPRESORA\nTexto-ECO-0815 visite http://premio.example"));
    buzonEntrada.leer();
    String codigo = codigoDe(solicitante);
    ProcessInstance instancia =
        runtimeService()
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(codigo)
            .singleResult();

    execute(job(Elementos.ACUSAR_RECIBO, instancia));

    MimeMessage acuse = buzon(solicitante).get(0);
    String texto = (String) acuse.getContent();
    assertThat(texto).contains(codigo).doesNotContain("ECO").doesNotContain("premio");
    assertThat(acuse.getSubject()).isEqualTo("[" + codigo + "] Recibimos su pedido");
  }

  private String codigoDe(String solicitante) {
    return jdbc.queryForObject(
        "SELECT codigo FROM ticket WHERE solicitante = ?", String.class, solicitante);
  }

  private double descartados(String motivo) {
    Counter contador =
        metricas
            .find("soporte.correos.descartados")
            .tags("carpeta", "Ignorados", "motivo", motivo)
            .counter();
    return contador == null ? 0 : contador.count();
  }
}
