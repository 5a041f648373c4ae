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
    return incidencia(codigo, "REDES_COMUNICACIONES", registro, cierre);
  }

  private static FilaTicket incidencia(
      String codigo, String categoria, Instant registro, Instant cierre) {
    return new FilaTicket(
        codigo,
        "INCIDENCIA",
        "CORREO",
        categoria,
        "CORREO",
        "tecnico1",
        registro,
        cierre,
        "pi-" + codigo);
  }

  private static CalculoTiempoAtencion calculo(Map<String, List<EsperaProveedor>> esperas) {
    return new CalculoTiempoAtencion(
        2026, UAST, (c, t) -> OptionalLong.of(4 * 3600), esperas, AHORA);
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
    assertThat(c.resultado().abiertasFueraDeMeta())
        .extracting(TiempoAtencionAnual.AbiertaFueraDeMeta::codigo)
        .containsExactly("B");
    // En la sección XI sí cuenta: B sigue abierta y suma hasta el corte (1 de abril, 00:00), 28
    // días y 15 h.
    assertThat(marzo.seccionXI().calendario()).isEqualTo((7200 + (28 * 24 + 15) * 3600L) / 2);
  }

  /**
   * El ejemplo del README, abril de 2026 de {@link FixtureAbril} (sin esperas del proveedor),
   * calculado el 1 de diciembre. Corte de abril: 1 de mayo, 00:00.
   *
   * <pre>
   * ticket  registro          cierre             hasta el corte: calendario  laborable
   * 001     mié 01/04 16:00   lun 06/04 10:00    114 h                        3 h
   * 002     mar 07/04 17:00   mié 08/04 09:00     16 h                        1 h
   * 003     jue 09/04 09:00   lun 13/04 11:00     98 h                       20 h
   * 004     jue 30/04 16:00   lun 04/05 09:00      8 h (abierta al corte)     1 h 30 min
   * 005     mar 28/04 10:00   (abierta)           62 h (abierta al corte)    25 h 30 min
   * </pre>
   *
   * Sección XI: 298 h / 5 = 59,6 h (214 560 s) y 51 h / 5 = 10,2 h laborables (36 720 s). La media
   * de las cerradas (001-004 con su tiempo completo, sin 005) daba 317 h / 4 = 79 h 15 min y 26 h /
   * 4 = 6 h 30 min laborables: la abierta 005, con 25 h 30 min laborables, quedaba fuera.
   */
  @Test
  void abrilPorLaSeccionXICuentaTodasLasReportadasYLasAbiertasHastaElCorte() {
    CalculoTiempoAtencion c = calculo(Map.of());
    c.agregar(incidencia("001", "HARDWARE", lima(4, 1, 16, 0), lima(4, 6, 10, 0)));
    c.agregar(incidencia("002", "REDES_COMUNICACIONES", lima(4, 7, 17, 0), lima(4, 8, 9, 0)));
    c.agregar(incidencia("003", "SISTEMAS_APLICATIVOS", lima(4, 9, 9, 0), lima(4, 13, 11, 0)));
    c.agregar(incidencia("004", "OTROS", lima(4, 30, 16, 0), lima(5, 4, 9, 0)));
    c.agregar(incidencia("005", "HARDWARE", lima(4, 28, 10, 0), null));

    Incidencias abril = c.resultado().meses().get(3).incidencias();
    assertThat(abril.seccionXI().calendario()).isEqualTo(214_560);
    assertThat(abril.seccionXI().laborable()).isEqualTo(36_720);
    assertThat(abril.calendario().media()).isEqualTo(285_300);
    assertThat(abril.laborable().media()).isEqualTo(23_400);
    assertThat(abril.seccionXI().laborable()).isGreaterThan(abril.laborable().media());
  }

  @Test
  void enElMesEnCursoLaAbiertaCuentaHastaAhoraYEmpeoraLaCifra() {
    CalculoTiempoAtencion c = calculo(Map.of());
    c.agregar(incidencia("A", lima(12, 1, 8, 30), lima(12, 1, 9, 30)));
    c.agregar(incidencia("B", lima(12, 1, 9, 0), null));

    Incidencias diciembre = c.resultado().meses().get(11).incidencias();
    // AHORA es el 1 de diciembre a las 12:00: B lleva 3 h abierta; (1 h + 3 h) / 2 = 2 h.
    assertThat(diciembre.seccionXI().calendario()).isEqualTo(2 * 3600);
    assertThat(diciembre.seccionXI().laborable()).isEqualTo(2 * 3600);
    assertThat(diciembre.calendario().media()).isEqualTo(3600);
  }

  @Test
  void estarAbiertaNoMejoraElMes() {
    CalculoTiempoAtencion abierta = calculo(Map.of());
    abierta.agregar(incidencia("A", lima(3, 30, 9, 0), null));
    CalculoTiempoAtencion cerradaDespues = calculo(Map.of());
    cerradaDespues.agregar(incidencia("A", lima(3, 30, 9, 0), lima(4, 6, 9, 0)));
    CalculoTiempoAtencion cerradaAntes = calculo(Map.of());
    cerradaAntes.agregar(incidencia("A", lima(3, 30, 9, 0), lima(3, 31, 9, 0)));

    // Al corte de marzo la abierta y la cerrada en abril llevaban lo mismo: 39 h; la cerrada el 31,
    // 24 h.
    assertThat(marzo(abierta).seccionXI()).isEqualTo(marzo(cerradaDespues).seccionXI());
    assertThat(marzo(abierta).seccionXI().calendario()).isEqualTo(39 * 3600);
    assertThat(marzo(cerradaAntes).seccionXI().calendario()).isEqualTo(24 * 3600);
    assertThat(marzo(abierta).calendario().media()).isNull();
  }

  @Test
  void elAnioCuentaHastaSuPropioCorte() {
    CalculoTiempoAtencion c = calculo(Map.of());
    c.agregar(incidencia("A", lima(1, 31, 12, 0), lima(2, 2, 12, 0)));

    // Enero la cuenta hasta el 1 de febrero (12 h); el año, completa (48 h).
    assertThat(c.resultado().meses().get(0).incidencias().seccionXI().calendario())
        .isEqualTo(12 * 3600);
    assertThat(c.resultado().anual().seccionXI().calendario()).isEqualTo(48 * 3600);
    assertThat(c.resultado().meses().get(1).incidencias().seccionXI().calendario()).isNull();
  }

  @Test
  void losRequerimientosNoSeMezclanConLasIncidencias() {
    CalculoTiempoAtencion c = calculo(Map.of());
    c.agregar(incidencia("A", lima(3, 3, 9, 0), lima(3, 3, 11, 0)));
    c.agregar(
        new FilaTicket(
            "R",
            "REQUERIMIENTO",
            "IMPRESORA",
            "HARDWARE",
            "CORREO",
            "tecnico2",
            lima(3, 3, 9, 0),
            lima(3, 5, 9, 0),
            "pi-R"));

    assertThat(marzo(c).reportadas()).isEqualTo(1);
    assertThat(marzo(c).calendario().suma()).isEqualTo(7200);
    assertThat(c.resultado().meses().get(2).requerimientos().calendario().suma())
        .isEqualTo(48 * 3600);
  }

  @Test
  void unaEsperaDelProveedorSinFinSeCuentaHastaElCierre() {
    CalculoTiempoAtencion c =
        calculo(Map.of("A", List.of(new EsperaProveedor("A", lima(3, 3, 10, 0), null))));
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
