package pe.gob.osce.soporte.comun;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Datos rechazados por el servidor, con un mensaje en castellano por campo. La lanzan los
 * listeners y delegates dentro de la transacción del motor, así que nada queda a medio escribir.
 * Es un {@link BadUserRequestException}: la API REST de Camunda responde 400 y Tasklist muestra el
 * mensaje tal cual.
 */
public class DatosInvalidosException extends BadUserRequestException {

  private final Map<String, String> errores;

  public DatosInvalidosException(Map<String, String> errores) {
    super(componerMensaje(errores));
    this.errores = Collections.unmodifiableMap(new LinkedHashMap<>(errores));
  }

  public static DatosInvalidosException deCampo(String campo, String mensaje) {
    return new DatosInvalidosException(Map.of(campo, mensaje));
  }

  public Map<String, String> errores() {
    return errores;
  }

  private static String componerMensaje(Map<String, String> errores) {
    return "Datos inválidos: "
        + errores.entrySet().stream()
            .map(e -> e.getKey() + ": " + e.getValue())
            .collect(Collectors.joining("; "));
  }
}
