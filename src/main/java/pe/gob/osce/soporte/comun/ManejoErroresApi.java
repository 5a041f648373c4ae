package pe.gob.osce.soporte.comun;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;

/** Respuestas de error de la API en castellano: {"mensaje": ..., "errores": {campo: mensaje}}. */
@RestControllerAdvice(basePackages = "pe.gob.osce.soporte")
public class ManejoErroresApi {

  @ExceptionHandler(DatosInvalidosException.class)
  ResponseEntity<Map<String, Object>> datosInvalidos(
      DatosInvalidosException e, HttpServletRequest pedido) {
    Map<String, Object> cuerpo = new LinkedHashMap<>();
    // Una consulta (GET) no registra nada de por sí: decirlo solo confundiría.
    cuerpo.put(
        "mensaje",
        HttpMethod.GET.matches(pedido.getMethod())
            ? "La consulta tiene datos inválidos."
            : "La solicitud tiene datos inválidos; no se registró nada.");
    cuerpo.put("errores", e.errores());
    return ResponseEntity.badRequest().body(cuerpo);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, Object>> cuerpoIlegible(HttpMessageNotReadableException e) {
    return ResponseEntity.badRequest()
        .body(
            Map.of(
                "mensaje",
                "El cuerpo de la petición no es un JSON válido con los campos esperados; no se registró nada."));
  }

  @ExceptionHandler(ResponseStatusException.class)
  ResponseEntity<Map<String, Object>> estado(ResponseStatusException e) {
    return ResponseEntity.status(e.getStatusCode())
        .body(Map.of("mensaje", String.valueOf(e.getReason())));
  }

  public static ResponseStatusException noEncontrado(String mensaje) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, mensaje);
  }
}
