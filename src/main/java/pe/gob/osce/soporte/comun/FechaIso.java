package pe.gob.osce.soporte.comun;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Fechas {@code yyyy-MM-dd}, como las envían Camunda Forms y los parámetros de la API. */
public final class FechaIso {

  private FechaIso() {}

  /** La fecha, o {@code null} si falta; si no es una fecha válida anota el error en el campo. */
  public static LocalDate leer(String campo, String valor, Errores errores) {
    if (valor == null || valor.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(valor.trim());
    } catch (DateTimeParseException e) {
      errores.agregar(
          campo,
          "«" + valor + "» no es una fecha válida: use el formato AAAA-MM-DD (p. ej. 2026-03-15)");
      return null;
    }
  }
}
