package pe.gob.osce.soporte.indicador;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * El horario de la unidad: días y horas de trabajo en su zona horaria, menos los feriados. Con él
 * se mide el tiempo de atención "laborable": un ticket abierto el viernes a las 17:00 y cerrado el
 * lunes a las 09:00 lleva una hora de trabajo, no 64 horas.
 */
final class CalendarioLaboral {

  private final ZoneId zona;
  private final LocalTime inicio;
  private final LocalTime fin;
  private final Set<DayOfWeek> dias;
  private final Set<LocalDate> feriados;
  private final long segundosPorDia;

  CalendarioLaboral(
      ZoneId zona, LocalTime inicio, LocalTime fin, Set<DayOfWeek> dias, Set<LocalDate> feriados) {
    if (!fin.isAfter(inicio)) {
      throw new IllegalArgumentException(
          "La hora de fin de la jornada ("
              + fin
              + ") debe ser posterior a la de inicio ("
              + inicio
              + ")");
    }
    this.zona = zona;
    this.inicio = inicio;
    this.fin = fin;
    this.dias = dias.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(dias);
    this.feriados = Set.copyOf(feriados);
    this.segundosPorDia = ChronoUnit.SECONDS.between(inicio, fin);
  }

  public ZoneId zona() {
    return zona;
  }

  /** "lunes a viernes de 08:30 a 17:30 (America/Lima), 16 feriados". */
  public String descripcion() {
    String nombres =
        dias.stream()
            .map(d -> d.getDisplayName(TextStyle.FULL, Locale.forLanguageTag("es-PE")))
            .collect(Collectors.joining(", "));
    return nombres
        + " de "
        + inicio
        + " a "
        + fin
        + " ("
        + zona.getId()
        + "), "
        + feriados.size()
        + " feriados";
  }

  public boolean esLaborable(LocalDate dia) {
    return dias.contains(dia.getDayOfWeek()) && !feriados.contains(dia);
  }

  /** Segundos de jornada laboral entre dos instantes (0 si {@code hasta} no es posterior). */
  public long segundosLaborables(Instant desde, Instant hasta) {
    if (!hasta.isAfter(desde)) {
      return 0;
    }
    LocalDateTime a = LocalDateTime.ofInstant(desde, zona);
    LocalDateTime b = LocalDateTime.ofInstant(hasta, zona);
    LocalDate primero = a.toLocalDate();
    LocalDate ultimo = b.toLocalDate();
    if (primero.equals(ultimo)) {
      return dentroDeJornada(primero, a.toLocalTime(), b.toLocalTime());
    }
    long total =
        dentroDeJornada(primero, a.toLocalTime(), LocalTime.MAX)
            + dentroDeJornada(ultimo, LocalTime.MIN, b.toLocalTime());
    for (LocalDate dia = primero.plusDays(1); dia.isBefore(ultimo); dia = dia.plusDays(1)) {
      if (esLaborable(dia)) {
        total += segundosPorDia;
      }
    }
    return total;
  }

  private long dentroDeJornada(LocalDate dia, LocalTime desde, LocalTime hasta) {
    if (!esLaborable(dia)) {
      return 0;
    }
    LocalTime a = desde.isBefore(inicio) ? inicio : desde;
    LocalTime b = hasta.isAfter(fin) ? fin : hasta;
    return b.isAfter(a) ? ChronoUnit.SECONDS.between(a, b) : 0;
  }
}
