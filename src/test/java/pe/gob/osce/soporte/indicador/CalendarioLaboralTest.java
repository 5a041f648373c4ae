package pe.gob.osce.soporte.indicador;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * El horario de la unidad, sin Spring ni motor: lunes a viernes de 08:30 a 17:30 en Lima, con
 * feriados.
 */
class CalendarioLaboralTest {

  static final ZoneId LIMA = ZoneId.of("America/Lima");
  static final CalendarioLaboral UAST =
      new CalendarioLaboral(
          LIMA,
          LocalTime.of(8, 30),
          LocalTime.of(17, 30),
          EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
          Set.of(LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 5, 1)));

  static Instant lima(int mes, int dia, int hora, int minuto) {
    return LocalDateTime.of(2026, mes, dia, hora, minuto).atZone(LIMA).toInstant();
  }

  @Test
  void dentroDelMismoDiaCuentaSoloLaJornada() {
    // Martes 3 de marzo: 08:00 a 10:15 → desde las 08:30, 1 h 45 min.
    assertThat(UAST.segundosLaborables(lima(3, 3, 8, 0), lima(3, 3, 10, 15))).isEqualTo(6300);
    // 17:00 a 19:00 → hasta las 17:30, 30 min.
    assertThat(UAST.segundosLaborables(lima(3, 3, 17, 0), lima(3, 3, 19, 0))).isEqualTo(1800);
    // Fuera de la jornada no corre.
    assertThat(UAST.segundosLaborables(lima(3, 3, 18, 0), lima(3, 3, 23, 0))).isZero();
  }

  @Test
  void deUnDiaParaOtroNoCuentaLaNoche() {
    // Martes 16:30 → miércoles 09:30: 1 h del martes + 1 h del miércoles.
    assertThat(UAST.segundosLaborables(lima(3, 3, 16, 30), lima(3, 4, 9, 30))).isEqualTo(7200);
  }

  @Test
  void elFinDeSemanaNoCuenta() {
    // Viernes 6 de marzo 17:00 → lunes 9 a las 09:00: 30 min + 30 min.
    assertThat(UAST.segundosLaborables(lima(3, 6, 17, 0), lima(3, 9, 9, 0))).isEqualTo(3600);
    // Un sábado entero: nada.
    assertThat(UAST.segundosLaborables(lima(3, 7, 0, 0), lima(3, 8, 0, 0))).isZero();
  }

  @Test
  void losFeriadosNoCuentanYLosDiasCompletosSumanNueveHoras() {
    // Miércoles 1 de abril 09:30 → lunes 6 de abril 10:30: jueves y viernes santos, luego fin de
    // semana.
    assertThat(UAST.segundosLaborables(lima(4, 1, 9, 30), lima(4, 6, 10, 30)))
        .isEqualTo(8 * 3600 + 2 * 3600);
    // Lunes 9 de marzo 08:30 → viernes 13 de marzo 17:30: cinco jornadas completas.
    assertThat(UAST.segundosLaborables(lima(3, 9, 8, 30), lima(3, 13, 17, 30)))
        .isEqualTo(5 * 9 * 3600);
    assertThat(UAST.esLaborable(LocalDate.of(2026, 5, 1))).isFalse();
    assertThat(UAST.esLaborable(LocalDate.of(2026, 5, 4))).isTrue();
  }

  @Test
  void unIntervaloAlRevesOVacioEsCero() {
    assertThat(UAST.segundosLaborables(lima(3, 4, 10, 0), lima(3, 3, 10, 0))).isZero();
    assertThat(UAST.segundosLaborables(lima(3, 4, 10, 0), lima(3, 4, 10, 0))).isZero();
  }

  @Test
  void unaJornadaQueTerminaAntesDeEmpezarSeRechaza() {
    assertThatThrownBy(
            () ->
                new CalendarioLaboral(
                    LIMA,
                    LocalTime.of(17, 0),
                    LocalTime.of(8, 0),
                    EnumSet.of(DayOfWeek.MONDAY),
                    Set.of()))
        .hasMessageContaining("posterior");
  }
}
