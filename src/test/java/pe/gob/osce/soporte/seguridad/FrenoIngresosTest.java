package pe.gob.osce.soporte.seguridad;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** El freno de claves equivocadas por dirección, con un reloj que la prueba mueve. */
class FrenoIngresosTest {

  /** Un reloj que solo avanza cuando la prueba lo dice. */
  static final class RelojMovible extends Clock {
    private Instant ahora = Instant.parse("2026-06-01T13:00:00Z");

    void avanzar(Duration cuanto) {
      ahora = ahora.plus(cuanto);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zona) {
      return this;
    }

    @Override
    public Instant instant() {
      return ahora;
    }
  }

  private final RelojMovible reloj = new RelojMovible();
  private final FrenoIngresos freno =
      new FrenoIngresos(
          new SeguridadProperties.Ingreso(
              5, Duration.ofSeconds(2), Duration.ofMinutes(15), Duration.ofHours(1)),
          reloj);

  private void fallar(String direccion, int veces) {
    for (int i = 0; i < veces; i++) {
      freno.fallo(direccion);
    }
  }

  @Test
  void cincoClavesEquivocadasSonLibresYLuegoLaEsperaSeDuplicaHastaQuinceMinutos() {
    fallar("10.0.0.7", 4);
    assertThat(freno.espera("10.0.0.7")).isEmpty();
    freno.fallo("10.0.0.7");
    assertThat(freno.espera("10.0.0.7")).contains(Duration.ofSeconds(2));
    freno.fallo("10.0.0.7");
    assertThat(freno.espera("10.0.0.7")).contains(Duration.ofSeconds(4));
    fallar("10.0.0.7", 30);
    assertThat(freno.espera("10.0.0.7")).contains(Duration.ofMinutes(15));
    reloj.avanzar(Duration.ofMinutes(15));
    assertThat(freno.espera("10.0.0.7")).isEmpty();
  }

  @Test
  void frenaALaDireccionQueFallaNoALasDemas() {
    fallar("10.0.0.7", 30);
    assertThat(freno.espera("10.0.0.7")).isPresent();
    assertThat(freno.espera("10.0.0.8")).isEmpty();
    assertThat(freno.espera("2001:db8:1:2::10")).isEmpty();
  }

  @Test
  void unaHoraSinFallosYLaDireccionEmpiezaDeCero() {
    fallar("10.0.0.7", 5);
    reloj.avanzar(Duration.ofHours(1).plusSeconds(3));
    freno.fallo("10.0.0.7");
    assertThat(freno.espera("10.0.0.7")).isEmpty();
  }

  @Test
  void lasDireccionesIpv6SeFrenanPorSuPrefijo64() {
    fallar("2001:db8:1:2::10", 3);
    fallar("2001:db8:1:2:ffff::99", 2);
    assertThat(freno.espera("2001:db8:1:2::abcd")).isPresent();
    assertThat(freno.espera("2001:db8:1:3::10")).isEmpty();
  }
}
