package pe.gob.osce.soporte.comun;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * El rango {@code ?desde=&hasta=} de las descargas de los registros: días completos en la hora de
 * Lima, ambos incluidos y ambos opcionales. Una fecha mal escrita es un 400 que nombra el campo.
 */
public record RangoFechas(LocalDate desde, LocalDate hasta) {

  private static final DateTimeFormatter DIA = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final OffsetDateTime SIEMPRE_ANTES = OffsetDateTime.parse("1900-01-01T00:00:00Z");
  private static final OffsetDateTime SIEMPRE_DESPUES =
      OffsetDateTime.parse("9999-01-01T00:00:00Z");

  public static RangoFechas de(String desde, String hasta) {
    Errores errores = new Errores();
    LocalDate inicio = FechaIso.leer("desde", desde, errores);
    LocalDate fin = FechaIso.leer("hasta", hasta, errores);
    if (inicio != null && fin != null && fin.isBefore(inicio)) {
      errores.agregar("hasta", "no puede ser anterior a desde (" + inicio + ")");
    }
    errores.lanzarSiHay();
    return new RangoFechas(inicio, fin);
  }

  /** Primer instante incluido. */
  public OffsetDateTime inicio() {
    return desde == null ? SIEMPRE_ANTES : desde.atStartOfDay(Reloj.LIMA).toOffsetDateTime();
  }

  /** Primer instante excluido: el inicio del día siguiente a {@code hasta}. */
  public OffsetDateTime fin() {
    return hasta == null
        ? SIEMPRE_DESPUES
        : hasta.plusDays(1).atStartOfDay(Reloj.LIMA).toOffsetDateTime();
  }

  /** "Del 01/01/2026 al 31/12/2026", para el subtítulo de la hoja. */
  public String descripcion() {
    if (desde == null && hasta == null) {
      return "Todos los registros";
    }
    return (desde == null
            ? "Hasta"
            : "Del " + DIA.format(desde) + (hasta == null ? " en adelante" : " al"))
        + (hasta == null ? "" : " " + DIA.format(hasta));
  }
}
