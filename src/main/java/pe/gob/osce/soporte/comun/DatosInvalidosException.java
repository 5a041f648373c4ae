package pe.gob.osce.soporte.comun;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Datos rechazados por el servidor, con un mensaje en castellano por campo. La lanzan los listeners
 * y delegates dentro de la transacción del motor, así que nada queda a medio escribir. Es la
 * excepción de validación de formularios de Camunda: su API REST responde 400 al completar una
 * tarea o iniciar un proceso, y Tasklist muestra el mensaje en el formulario.
 */
public class DatosInvalidosException extends FormFieldValidationException {

  private final Map<String, String> errores;

  public DatosInvalidosException(Map<String, String> errores) {
    super(Map.copyOf(errores), componerMensaje(errores));
    this.errores = Collections.unmodifiableMap(new LinkedHashMap<>(errores));
  }

  public static DatosInvalidosException deCampo(String campo, String mensaje) {
    return new DatosInvalidosException(Map.of(campo, mensaje));
  }

  public static DatosInvalidosException deCampo(Variable<?> campo, String mensaje) {
    return deCampo(campo.nombre(), mensaje);
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
