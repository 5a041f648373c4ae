package pe.gob.osce.soporte.seguridad;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Las respuestas de error de los filtros, con el mismo JSON que la API: {"mensaje": ...}. */
final class RespuestaError {

  private static final ObjectMapper JSON = new ObjectMapper();

  private RespuestaError() {}

  static void escribir(HttpServletResponse respuesta, int estado, String mensaje)
      throws IOException {
    respuesta.setStatus(estado);
    respuesta.setContentType("application/json");
    respuesta.setCharacterEncoding(StandardCharsets.UTF_8.name());
    byte[] cuerpo = JSON.writeValueAsBytes(Map.of("mensaje", mensaje));
    respuesta.setContentLength(cuerpo.length);
    respuesta.getOutputStream().write(cuerpo);
  }
}
