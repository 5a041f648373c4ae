package pe.gob.osce.soporte.indicador;

import static org.assertj.core.api.Assertions.assertThat;
import static pe.gob.osce.soporte.indicador.CalendarioLaboralTest.UAST;
import static pe.gob.osce.soporte.indicador.CalendarioLaboralTest.lima;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import pe.gob.osce.soporte.indicador.TiempoAtencionAnual.Incidencias;

/** Las reglas del cálculo sin base de datos ni motor: qué se promedia y qué se cuenta aparte. */
class CalculoTiempoAtencionTest {

  private static final Instant AHORA = lima(12, 1, 12, 0);

  private static FilaTicket incidencia(String codigo, Instant registro, Instant cierre) {
    return new FilaTicket(codigo, "INCIDENCIA", "CORREO", "REDES_COMUNICACIONES", "CORREO", "tecnico1", registro, cierre, "pi-" + codigo);
  }

  private static CalculoTiempoAtencion calculo(Map<String, List<EsperaProveedor>> esperas) {
    return new CalculoTiempoAtencion(2026, UAST, (c, t) -> OptionalLong.of(4 * 3600), esperas, AHORA);
  }

  private static Incidencias marzo(CalculoTiempoAtencion c) {
    return c.resultado().meses().get(2).incidencias();
  }

  @Test
  void unaIncidenciaAbiertaNoEntraEnLaMediaNiComoCero() {
    CalculoTiempoAtencion c = calculo(Map.of());
    c.agregar(incidencia("A", lima(3, 3, 9, 0), lima(3, 3, 11, 0)));
    c.agregar(incidencia("B", lima(3, 3, 9, 0), null));

    Incidencias marzo = marzo(c);
    assertThat(marzo.reportadas()).isEqualTo(2);
    assertThat(marzo.cerradas()).isEqualTo(1);
    assertThat(marzo.calendario().media()).isEqualTo(7200);
    assertThat(marzo.pendientes()).isEqualTo(1);
    assertThat(marzo.abiertasAlFinDeMes()).isEqualTo(1);
    assertThat(c.resultado().abiertasFueraDeMeta()).extracting(TiempoAtencionAnual.AbiertaFueraDeMeta::codigo).containsExactly("B");
  }

  @Test
  void losRequerimientosNoSeMezclanConLasIncidencias() {
    CalculoTiempoAtencion c = calculo(Map.of());
    c.agregar(incidencia("A", lima(3, 3, 9, 0), lima(3, 3, 11, 0)));
    c.agregar(new FilaTicket("R", "REQUERIMIENTO", "IMPRESORA", "HARDWARE", "CORREO", "tecnico2", lima(3, 3, 9, 0),
        lima(3, 5, 9, 0), "pi-R"));

    assertThat(marzo(c).reportadas()).isEqualTo(1);
    assertThat(marzo(c).calendario().suma()).isEqualTo(7200);
    assertThat(c.resultado().meses().get(2).requerimientos().calendario().suma()).isEqualTo(48 * 3600);
  }

  @Test
  void unaEsperaDelProveedorSinFinSeCuentaHastaElCierre() {
    CalculoTiempoAtencion c = calculo(Map.of("A", List.of(new EsperaProveedor("A", lima(3, 3, 10, 0), null))));
    c.agregar(incidencia("A", lima(3, 3, 9, 0), lima(3, 3, 15, 0)));

    assertThat(marzo(c).proveedor().sumaCalendario()).isEqualTo(5 * 3600);
    assertThat(marzo(c).proveedor().sumaPropiaLaborable()).isEqualTo(3600);
  }

  @Test
  void medianaYPercentil90PorRangoMasCercano() {
    CalculoTiempoAtencion c = calculo(Map.of());
    for (int h = 1; h <= 10; h++) {
      c.agregar(incidencia("T" + h, lima(3, 10, 8, 30), lima(3, 10, 8 + h, 30)));
    }
    assertThat(marzo(c).laborable().mediana()).isEqualTo(5 * 3600 + 1800);
    assertThat(marzo(c).laborable().p90()).isEqualTo(9 * 3600);
    assertThat(marzo(c).porcentajeDentroDeMeta()).isEqualTo(40.0);
  }
}
