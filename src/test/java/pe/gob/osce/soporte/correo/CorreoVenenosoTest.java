package pe.gob.osce.soporte.correo;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pe.gob.osce.soporte.ticket.EscenarioTicket;

/**
 * Issue 10: los mensajes que fallan una y otra vez (mensajes envenenados) no se quedan para siempre
 * en la bandeja ni esconden a los nuevos, y las cabeceras largas no hacen fallar la lectura.
 */
class CorreoVenenosoTest extends PruebaBuzon {

  /** Un PDF mínimo en base64, para que el pedido tenga un adjunto que guardar en el disco. */
  static final String PDF = "JVBERi0xLjQK";

  @Autowired MeterRegistry metricas;

  @Test
  void trasTresFallasTecnicasElMensajeVaAErroresYSeCuenta() throws Exception {
    double antes = descartados("Errores", "fallas_repetidas");
    buzon.depositar(
        CorreosDePrueba.conAdjunto(
            "<veneno-1@osce.gob.pe>",
            EscenarioTicket.solicitanteNuevo(),
            "Siempre falla",
            "captura.pdf",
            "application/pdf",
            PDF));

    List<BuzonEntrada.Lectura> lecturas = new ArrayList<>();
    conDiscoRoto(
        () -> {
          for (int i = 0; i < 3; i++) {
            lecturas.add(buzonEntrada.leer());
          }
        });

    assertThat(lecturas).extracting(BuzonEntrada.Lectura::pendientes).containsExactly(1, 1, 0);
    assertThat(lecturas.get(2).errores()).isEqualTo(1);
    assertThat(buzon.asuntos("INBOX")).isEmpty();
    assertThat(buzon.asuntos("Errores")).containsExactly("Siempre falla");
    assertThat(descartados("Errores", "fallas_repetidas")).isEqualTo(antes + 1);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM correo_intento WHERE message_id = '<veneno-1@osce.gob.pe>'",
                Integer.class))
        .as("sus intentos se olvidan cuando sale de la bandeja")
        .isZero();
  }

  @Test
  void sesentaMensajesEnvenenadosNoImpidenQueUnoNuevoSeaTicketEnLaMismaLectura() throws Exception {
    List<String> envenenados = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      envenenados.add(
          CorreosDePrueba.conAdjunto(
              "<veneno-lote-" + i + "@osce.gob.pe>",
              EscenarioTicket.solicitanteNuevo(),
              "Envenenado " + i,
              "captura.pdf",
              "application/pdf",
              PDF));
    }
    buzon.depositarTodos(envenenados);
    String solicitante = EscenarioTicket.solicitanteNuevo();
    buzon.depositar(
        CorreosDePrueba.simple(
            "<sano-tras-veneno@osce.gob.pe>",
            solicitante,
            "Mouse sin respuesta",
            "Tipo: INCIDENCIA\nServicio: MOUSE\nEl mouse no responde."));

    BuzonEntrada.Lectura[] lectura = new BuzonEntrada.Lectura[1];
    conDiscoRoto(() -> lectura[0] = buzonEntrada.leer());

    assertThat(lectura[0].procesados()).isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "SELECT asunto FROM ticket WHERE solicitante = ?", String.class, solicitante))
        .isEqualTo("Mouse sin respuesta");
    assertThat(buzon.asuntos("INBOX")).hasSize(60);
    jdbc.update("DELETE FROM correo_intento WHERE message_id LIKE '<veneno-lote-%'");
  }

  @Test
  void unRemitenteDe400CaracteresSeAnotaCortadoYNoSeReintentaParaSiempre() throws Exception {
    String largo = "r".repeat(400) + "@osce.gob.pe";
    buzon.depositar(
        CorreosDePrueba.conCabecera(
            "<largo-1@osce.gob.pe>", largo, "Fuera de la oficina", "Auto-Submitted: auto-replied"));

    BuzonEntrada.Lectura lectura = buzonEntrada.leer();

    assertThat(lectura.pendientes()).isZero();
    assertThat(lectura.ignorados()).isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "SELECT remitente FROM correo_entrante WHERE message_id = '<largo-1@osce.gob.pe>'",
                String.class))
        .hasSize(254)
        .startsWith("rrrr");
    assertThat(buzon.asuntos("INBOX")).isEmpty();
  }

  private double descartados(String carpeta, String motivo) {
    Counter contador =
        metricas.find(DescartesCorreo.METRICA).tags("carpeta", carpeta, "motivo", motivo).counter();
    return contador == null ? 0 : contador.count();
  }

  /**
   * Una prueba que se ejecuta con el disco de documentos fallando: donde va la carpeta hay un
   * archivo.
   */
  interface ConBuzon {
    void ejecutar() throws Exception;
  }

  static void conDiscoRoto(ConBuzon prueba) throws Exception {
    Path carpeta = DOCUMENTOS.resolve(RegistroCorreosEntrantes.CARPETA_ADJUNTOS);
    Path apartada = DOCUMENTOS.resolve("apartada-" + System.nanoTime());
    if (Files.exists(carpeta)) {
      Files.move(carpeta, apartada);
    }
    Files.writeString(carpeta, "un archivo donde debería estar la carpeta: el disco falla");
    try {
      prueba.ejecutar();
    } finally {
      Files.delete(carpeta);
      if (Files.exists(apartada)) {
        Files.move(apartada, carpeta);
      }
    }
  }
}
