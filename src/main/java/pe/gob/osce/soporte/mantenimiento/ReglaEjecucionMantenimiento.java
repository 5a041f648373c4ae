package pe.gob.osce.soporte.mantenimiento;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import pe.gob.osce.soporte.comun.Errores;
import pe.gob.osce.soporte.mantenimiento.MantenimientoEquiposProceso.Variables;

/**
 * Actividad 23, confirmación: el mantenimiento se confirma cuando ya se hizo (fecha y hora no
 * futuras, hora de Lima si no trae zona) y nombra las PC o impresoras atendidas.
 */
final class ReglaEjecucionMantenimiento {

  /**
   * Lo enviado al confirmar.
   *
   * @param fechaEjecucion {@code 2026-03-15T10:30}, con zona, o una fecha tipada ({@link Date})
   * @param equiposTexto los códigos tal como se escribieron (para su largo)
   */
  public record Ejecucion(Object fechaEjecucion, List<String> equipos, String equiposTexto) {}

  private ReglaEjecucionMantenimiento() {}

  /**
   * Agrega a {@code errores} cada problema; devuelve el momento de la ejecución (null si no sirve).
   */
  public static OffsetDateTime validar(
      Ejecucion e, OffsetDateTime ahora, ZoneId zona, Errores errores) {
    OffsetDateTime ejecutado = fechaHora(e.fechaEjecucion(), zona, errores);
    if (ejecutado != null && ejecutado.isAfter(ahora)) {
      errores.agregar(
          Variables.FECHA_EJECUCION,
          "no puede ser una fecha u hora futura: confirme la ejecución cuando el"
              + " mantenimiento se haya realizado");
    }
    if (e.equipos().isEmpty()) {
      errores.agregar(
          Variables.EQUIPOS_ATENDIDOS,
          "es obligatorio: los códigos patrimoniales de las PC o impresoras"
              + " atendidas, separados por comas");
    }
    errores.siLargo(Variables.EQUIPOS_ATENDIDOS, e.equiposTexto(), 3000);
    return ejecutado;
  }

  private static OffsetDateTime fechaHora(Object valor, ZoneId zona, Errores errores) {
    if (valor instanceof Date fecha) {
      return fecha.toInstant().atZone(zona).toOffsetDateTime();
    }
    String texto = valor == null ? "" : valor.toString().trim();
    if (texto.isEmpty()) {
      errores.agregar(
          Variables.FECHA_EJECUCION,
          "es obligatoria: la fecha y hora en que el/la proveedor/a ejecutó el" + " mantenimiento");
      return null;
    }
    try {
      return OffsetDateTime.parse(texto).atZoneSameInstant(zona).toOffsetDateTime();
    } catch (DateTimeParseException conZona) {
      try {
        return LocalDateTime.parse(texto).atZone(zona).toOffsetDateTime();
      } catch (DateTimeParseException sinZona) {
        errores.agregar(
            Variables.FECHA_EJECUCION,
            "«"
                + texto
                + "» no es una fecha y hora válida: use AAAA-MM-DDTHH:MM"
                + " (p. ej. 2026-03-15T10:30, hora de Lima)");
        return null;
      }
    }
  }
}
