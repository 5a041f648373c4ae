package pe.gob.osce.soporte.correo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import jakarta.mail.AuthenticationFailedException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import pe.gob.osce.soporte.ticket.EscenarioTicket;

/**
 * La lectura del buzón ante el correo difícil, contra el servidor embebido: respuestas automáticas
 * y rebotes que no deben responderse, codificaciones de clientes reales, mensajes rotos y fallas
 * técnicas a mitad de camino. Ninguno detiene a los demás ni deja nada a medias.
 */
class LecturaRobustaBuzonTest extends PruebaBuzon {

  @Test
  void fueraDeOficinaRebotesYCorreosPropiosSeAnotanYSeIgnoranSinResponder() throws Exception {
    String persona = EscenarioTicket.solicitanteNuevo();
    buzon.depositar(
        CorreosDePrueba.conCabecera(
            "<auto-1@osce.gob.pe>",
            persona,
            "Fuera de la oficina",
            "Auto-Submitted: auto-replied"));
    buzon.depositar(
        CorreosDePrueba.conCabecera(
            "<auto-2@osce.gob.pe>", persona, "Respuesta automática", "X-Autoreply: yes"));
    buzon.depositar(
        CorreosDePrueba.conCabecera(
            "<auto-3@osce.gob.pe>", persona, "Boletín", "Precedence: bulk"));
    buzon.depositar(
        CorreosDePrueba.conCabecera(
            "<auto-4@osce.gob.pe>", persona, "Out of office", "X-Auto-Response-Suppress: All"));
    buzon.depositar(CorreosDePrueba.rebote("<rebote-1@osce.gob.pe>"));
    buzon.depositar(
        CorreosDePrueba.simple(
            "<propio-1@soporte.local>",
            BuzonDePrueba.BUZON,
            "[SOP-1999-000001] Eco",
            "Un correo del propio buzón."));

    BuzonEntrada.Lectura lectura = buzonEntrada.leer();

    assertThat(lectura.ignorados()).isEqualTo(6);
    assertThat(buzon.asuntos("Ignorados")).hasSize(6);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM ticket WHERE solicitante = ?", Integer.class, persona))
        .isZero();
    assertThat(
            jdbc.queryForList(
                "SELECT detalle FROM correo_entrante WHERE resultado = 'IGNORADO' AND message_id IN"
                    + " ('<auto-1@osce.gob.pe>', '<rebote-1@osce.gob.pe>', '<propio-1@soporte.local>')",
                String.class))
        .containsExactlyInAnyOrder(
            "Auto-Submitted: auto-replied",
            "Rebote o aviso de entrega (multipart/report)",
            "Correo del propio buzón de la mesa de ayuda");
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM correo_entrante WHERE resultado = 'IGNORADO'"
                    + " AND process_instance_id IS NOT NULL",
                Integer.class))
        .isZero();
    assertThatThrownBy(() -> buzon(persona))
        .as("nunca se le escribió: su buzón ni siquiera existe")
        .isInstanceOf(AuthenticationFailedException.class);
  }

  @Test
  void latin1Windows1252EncodedWordsYMultipartsAnidadosSeDecodifican() throws Exception {
    String latin = EscenarioTicket.solicitanteNuevo();
    String html = EscenarioTicket.solicitanteNuevo();
    String anidado = EscenarioTicket.solicitanteNuevo();
    buzon.depositar(CorreosDePrueba.latin1("<latin-1@osce.gob.pe>", latin));
    buzon.depositar(CorreosDePrueba.soloHtmlWindows1252("<html-1@osce.gob.pe>", html));
    buzon.depositar(CorreosDePrueba.anidado("<anidado-1@osce.gob.pe>", anidado));

    buzonEntrada.leer();

    var deLatin = registro.obtener(codigoDe(latin));
    assertThat(deLatin.asunto()).isEqualTo("Impresión dañada en la oficina de Logística");
    assertThat(deLatin.descripcion())
        .contains("La señora Muñoz reportó que la impresión sale con líneas.");
    var deHtml = registro.obtener(codigoDe(html));
    assertThat(deHtml.asunto()).isEqualTo("Solicitud de instalación – “SIAF” año 2026");
    assertThat(deHtml.descripcion())
        .contains("Necesito el SIAF instalado — es urgente.")
        .contains("Gracias,\nJosé Núñez")
        .doesNotContain("<")
        .doesNotContain("&nbsp;")
        .doesNotContain("color:");
    var deAnidado = registro.obtener(codigoDe(anidado));
    assertThat(deAnidado.descripcion())
        .contains("Texto plano preferido: cámara sin señal.")
        .doesNotContain("Versión HTML")
        .contains("informe.pdf");
  }

  @Test
  void unMensajeIlegibleVaAErroresYElSiguienteSeProcesaIgual() throws Exception {
    String siguiente = EscenarioTicket.solicitanteNuevo();
    buzon.depositar(CorreosDePrueba.sinRemitente("<roto-1@osce.gob.pe>"));
    buzon.depositar(
        CorreosDePrueba.multipartRoto("<roto-2@osce.gob.pe>", EscenarioTicket.solicitanteNuevo()));
    buzon.depositar(
        CorreosDePrueba.simple(
            "<sano-1@osce.gob.pe>",
            siguiente,
            "Teclado sin respuesta",
            "Tipo: INCIDENCIA\nServicio: TECLADO\nNo escribe."));

    BuzonEntrada.Lectura lectura = buzonEntrada.leer();

    assertThat(lectura.errores()).isEqualTo(2);
    assertThat(lectura.procesados()).isEqualTo(1);
    assertThat(buzon.asuntos("Errores"))
        .containsExactlyInAnyOrder("Sin remitente", "Multipart roto");
    assertThat(registro.obtener(codigoDe(siguiente)).asunto()).isEqualTo("Teclado sin respuesta");
    assertThat(buzon.asuntos("INBOX")).isEmpty();
  }

  @Test
  void unaFallaTecnicaAntesDeConfirmarNoDejaNadaEscritoYElMensajeSigueEnLaBandeja()
      throws Exception {
    String solicitante = EscenarioTicket.solicitanteNuevo();
    buzon.depositar(
        CorreosDePrueba.respuestaConAdjunto(
            "<falla-1@osce.gob.pe>",
            solicitante,
            "Driver del escaner",
            "<nada@osce.gob.pe>",
            "Tipo: REQUERIMIENTO\nServicio: SCANNER\nInstalar el driver.",
            "captura.pdf"));
    Path carpeta = DOCUMENTOS.resolve(RegistroCorreosEntrantes.CARPETA_ADJUNTOS);
    Path apartada = DOCUMENTOS.resolve("apartada");
    if (Files.exists(carpeta)) {
      Files.move(carpeta, apartada);
    }
    Files.writeString(carpeta, "un archivo donde debería estar la carpeta: el disco falla");
    BuzonEntrada.Lectura conFalla;
    try {
      conFalla = buzonEntrada.leer();
    } finally {
      Files.delete(carpeta);
      if (Files.exists(apartada)) {
        Files.move(apartada, carpeta);
      }
    }

    assertThat(conFalla.pendientes()).isEqualTo(1);
    assertThat(buzon.asuntos("INBOX")).containsExactly("Driver del escaner");
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM correo_entrante WHERE message_id = '<falla-1@osce.gob.pe>'",
                Integer.class))
        .isZero();
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM ticket WHERE solicitante = ?", Integer.class, solicitante))
        .isZero();

    assertThat(buzonEntrada.leer().procesados()).isEqualTo(1);
    assertThat(registro.obtener(codigoDe(solicitante)).asunto()).isEqualTo("Driver del escaner");
    assertThat(buzon.asuntos("INBOX")).isEmpty();
  }

  private String codigoDe(String solicitante) {
    return jdbc.queryForObject(
        "SELECT codigo FROM ticket WHERE solicitante = ?", String.class, solicitante);
  }
}
