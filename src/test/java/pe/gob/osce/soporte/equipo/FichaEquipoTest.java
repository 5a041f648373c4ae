package pe.gob.osce.soporte.equipo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * La ficha que muestran los formularios cabe en una variable de texto de Camunda (4000 caracteres).
 */
class FichaEquipoTest {

  @Test
  void muestraLosDatosDelEquipoYSoloLosUltimosMovimientos() {
    RegistroEquipos registro = mock(RegistroEquipos.class);
    OffsetDateTime alta = OffsetDateTime.parse("2026-01-05T09:00:00-05:00");
    when(registro.buscar("PC-1"))
        .thenReturn(
            Optional.of(
                new Equipo(
                    "PC-1",
                    TipoBien.CPU_LAPTOP,
                    "Lenovo",
                    "M70q",
                    "S1X2",
                    "Sede Central",
                    null,
                    EstadoEquipo.EN_ALMACEN,
                    alta)));
    when(registro.ultimoTitular("PC-1")).thenReturn(Optional.of("ana.diaz@osce.gob.pe"));
    List<MovimientoEquipo> historia = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      historia.add(
          new MovimientoEquipo(
              alta.plusDays(i),
              "tecnico1",
              EstadoEquipo.EN_ALMACEN,
              EstadoEquipo.EN_ALMACEN,
              null,
              "Revisión " + i + " " + "x".repeat(400),
              null,
              "Sede Central",
              null,
              null));
    }
    when(registro.historia("PC-1")).thenReturn(historia);

    String ficha = new FichaEquipo(registro).texto("PC-1");

    assertThat(ficha)
        .startsWith("**Código patrimonial:** PC-1 · **Tipo:** CPU / laptop · **Marca:** Lenovo")
        .contains(
            "**Modelo:** M70q",
            "**Serie:** S1X2",
            "**Último titular:** ana.diaz@osce.gob.pe",
            "8 movimientos anteriores en /api/equipos/PC-1",
            "Revisión 8 ")
        .doesNotContain("Revisión 7 ");
    assertThat(ficha.length()).isLessThanOrEqualTo(3900);
  }
}
