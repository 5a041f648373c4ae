package pe.gob.osce.soporte.seguridad;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import pe.gob.osce.soporte.PruebaIntegracion;
import pe.gob.osce.soporte.catalogo.Servicio;
import pe.gob.osce.soporte.ticket.EscenarioTicket;

/**
 * Ningún cuerpo pasa del límite (25 MB por defecto): ni anunciado con Content-Length ni enviado en
 * trozos sin él, tampoco en las subidas de /engine-rest que no pasan por los límites de Spring.
 */
class LimiteCuerpoTest extends PruebaIntegracion {

  private static final String ASISTENTE =
      "Authorization: " + PeticionCruda.basic("asistente", "demo") + "\r\n";
  private static final String LIMITE = "----limite";

  @LocalServerPort int puerto;
  @Autowired TestRestTemplate http;
  @Autowired SeguridadProperties propiedades;

  private long limite() {
    return propiedades.limiteCuerpo().toBytes();
  }

  private String tareaDeLaMesaDeAyuda() {
    Map<?, ?> creado = EscenarioTicket.registrarPorApi(http, Servicio.TECLADO, "Teclas pegadas");
    return motor
        .getTaskService()
        .createTaskQuery()
        .processInstanceId((String) creado.get("processInstanceId"))
        .singleResult()
        .getId();
  }

  private static String subida(String tarea) {
    return "POST /engine-rest/task/"
        + tarea
        + "/variables/archivo/data HTTP/1.1\r\n"
        + ASISTENTE
        + "Content-Type: multipart/form-data; boundary="
        + LIMITE
        + "\r\n";
  }

  private static byte[] inicioArchivo() {
    return ("--"
            + LIMITE
            + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"grande.bin\"\r\n"
            + "Content-Type: application/octet-stream\r\n\r\n")
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] finArchivo() {
    return ("\r\n--"
            + LIMITE
            + "\r\nContent-Disposition: form-data; name=\"valueType\"\r\n\r\nFile\r\n--"
            + LIMITE
            + "--\r\n")
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  private long procesos() {
    return motor.getHistoryService().createHistoricProcessInstanceQuery().count();
  }

  @Test
  void unaSubidaAnunciadaMasGrandeQueElLimiteSeRechazaSinLeerla() throws Exception {
    String tarea = tareaDeLaMesaDeAyuda();
    PeticionCruda.Respuesta r =
        PeticionCruda.enviar(
            puerto, subida(tarea) + "Content-Length: " + (limite() + 1) + "\r\n", salida -> {});
    assertThat(r.estado()).isEqualTo(413);
    assertThat(r.texto()).contains("pasa del límite de 25 MB; no se registró nada");
    assertThat(motor.getTaskService().getVariables(tarea)).doesNotContainKey("archivo");
  }

  @Test
  void unaSubidaEnTrozosSinContentLengthSeCortaAlPasarElLimite() throws Exception {
    String tarea = tareaDeLaMesaDeAyuda();
    PeticionCruda.Respuesta r =
        PeticionCruda.enviar(
            puerto,
            subida(tarea) + "Transfer-Encoding: chunked\r\n",
            PeticionCruda.enTrozos(inicioArchivo(), limite() + 64 * 1024, finArchivo(), 64 * 1024));
    assertThat(r.estado()).isEqualTo(413);
    assertThat(r.texto()).contains("no se registró nada");
    assertThat(motor.getTaskService().getVariables(tarea)).doesNotContainKey("archivo");
  }

  @Test
  void unaSubidaEnTrozosDentroDelLimiteSeGuarda() throws Exception {
    String tarea = tareaDeLaMesaDeAyuda();
    PeticionCruda.Respuesta r =
        PeticionCruda.enviar(
            puerto,
            subida(tarea) + "Transfer-Encoding: chunked\r\n",
            PeticionCruda.enTrozos(inicioArchivo(), 200 * 1024, finArchivo(), 64 * 1024));
    assertThat(r.estado()).isEqualTo(204);
    assertThat(motor.getTaskService().getVariables(tarea)).containsKey("archivo");
  }

  @Test
  void unPedidoALaApiMasGrandeQueElLimiteNoRegistraNada() throws Exception {
    long antes = procesos();
    PeticionCruda.Respuesta anunciado =
        PeticionCruda.enviar(
            puerto,
            "POST /api/tickets HTTP/1.1\r\n"
                + ASISTENTE
                + "Content-Type: application/json\r\nContent-Length: "
                + (limite() + 1)
                + "\r\n",
            salida -> {});
    assertThat(anunciado.estado()).isEqualTo(413);

    byte[] inicio =
        "{\"tipo\":\"INCIDENCIA\",\"servicio\":\"TECLADO\",\"canal\":\"CORREO\",\"solicitante\":\"a@osce.gob.pe\",\"asunto\":\""
            .getBytes(StandardCharsets.UTF_8);
    PeticionCruda.Respuesta enTrozos =
        PeticionCruda.enviar(
            puerto,
            "POST /api/tickets HTTP/1.1\r\n"
                + ASISTENTE
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n",
            PeticionCruda.enTrozos(
                inicio, limite() + 64 * 1024, "\"}".getBytes(StandardCharsets.UTF_8), 64 * 1024));
    assertThat(enTrozos.estado()).isEqualTo(413);
    assertThat(enTrozos.texto()).contains("no se registró nada");
    assertThat(procesos()).isEqualTo(antes);
  }
}
