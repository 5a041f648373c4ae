package pe.gob.osce.soporte.comun;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Datos rechazados por el servidor, con un mensaje en castellano por campo. La lanzan los
 * listeners y delegates dentro de la transacción del motor, así que nada queda a medio escribir.
 */
public class DatosInvalidosException extends RuntimeException {

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
