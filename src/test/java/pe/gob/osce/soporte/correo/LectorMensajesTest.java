package pe.gob.osce.soporte.correo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** La lectura de un mensaje MIME, sin servidor ni Spring: límites, referencias y texto. */
class LectorMensajesTest {

  private static LectorMensajes lector(DataSize maximoAdjunto) {
    var entrada =
        new EntradaCorreoProperties(
            false,
            "imap",
            "127.0.0.1",
            3143,
            "mesadeayuda@soporte.local",
            "demo",
            "INBOX",
            "Procesados",
            "Ignorados",
            "Errores",
            Duration.ofMinutes(1),
            50,
            DataSize.ofMegabytes(25),
            maximoAdjunto,
            Duration.ofMinutes(5),
            3,
            java.util.List.of("osce.gob.pe"));
    var correo = new CorreoProperties("mesadeayuda@soporte.local", "Mesa de Ayuda – UAST", null);
    return new LectorMensajes(entrada, correo);
  }

  private static MimeMessage mensaje(String mime) throws Exception {
    return new MimeMessage(
        Session.getInstance(new Properties()),
        new ByteArrayInputStream(mime.getBytes(StandardCharsets.ISO_8859_1)));
  }

  @Test
  void unAdjuntoMasGrandeQueElLimiteNoSeGuardaYQuedaAnotado() throws Exception {
    CorreoEntrante correo =
        lector(DataSize.ofBytes(5))
            .leer(mensaje(CorreosDePrueba.anidado("<grande@osce.gob.pe>", "luz@osce.gob.pe")));

    assertThat(correo.adjuntos()).extracting(Adjunto::nombreArchivo).doesNotContain("informe.pdf");
    assertThat(correo.adjuntosOmitidos()).singleElement().asString().startsWith("informe.pdf");
    assertThat(
            lector(DataSize.ofMegabytes(1))
                .leer(mensaje(CorreosDePrueba.anidado("<a@b.pe>", "luz@osce.gob.pe")))
                .adjuntos())
        .extracting(Adjunto::nombreArchivo)
        .contains("informe.pdf");
  }

  @Test
  void lasReferenciasYElRemitenteSeLeenSinNombreVisible() throws Exception {
    CorreoEntrante correo =
        lector(DataSize.ofMegabytes(1))
            .leer(
                mensaje(
                    CorreosDePrueba.respuesta(
                        "<r@osce.gob.pe>",
                        "\"Luz Ramos\" <luz.ramos@osce.gob.pe>",
                        "Re: [SOP-2026-000042] Conformidad",
                        "<SOP-2026-000042.x@soporte.local>",
                        "Conforme, gracias.")));

    assertThat(correo.remitente()).isEqualTo("luz.ramos@osce.gob.pe");
    assertThat(correo.referencias())
        .containsExactly("<SOP-2026-000042.x@soporte.local>", "<SOP-2026-000042.x@soporte.local>");
    assertThat(correo.texto()).isEqualTo("Conforme, gracias.");
    assertThat(correo.esAutomatico()).isFalse();
  }

  @Test
  void sinRemitenteNoSePuedeAtender() {
    assertThatThrownBy(
            () ->
                lector(DataSize.ofMegabytes(1))
                    .leer(mensaje(CorreosDePrueba.sinRemitente("<x@y.pe>"))))
        .isInstanceOf(MensajeIlegibleException.class)
        .hasMessageContaining("remitente");
  }
}
