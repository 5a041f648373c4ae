package pe.gob.osce.soporte.mantenimiento;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pe.gob.osce.soporte.comun.DatosInvalidosException;
import pe.gob.osce.soporte.comun.Errores;
import pe.gob.osce.soporte.mantenimiento.ReglaVerificacionMantenimiento.Verificacion;

/** Actividad 24 sin motor ni Spring: la verificación del mantenimiento a las 48 horas. */
class ReglaVerificacionMantenimientoTest {

  private static final List<String> ATENDIDOS = List.of("PC-001", "PC-002");

  @Test
  void sinErroresSeArchivaElReporte() {
    Verificacion v = new Verificacion(false, null, List.of(), ATENDIDOS);
    assertThat(validar(v)).isEmpty();
    assertThat(ReglaVerificacionMantenimiento.anotados(v)).isEmpty();
    assertThat(ReglaVerificacionMantenimiento.texto(v)).isEqualTo("Sin errores");
  }

  @Test
  void conErroresSeDescribenYSeNombranLosEquiposAtendidos() {
    Verificacion v = new Verificacion(true, "No imprime en color", List.of("PC-002"), ATENDIDOS);
    assertThat(validar(v)).isEmpty();
    assertThat(ReglaVerificacionMantenimiento.texto(v))
        .isEqualTo("Con errores en PC-002: No imprime en color");
  }

  @Test
  void conErroresSinDescribirNiNombrarEquiposSeRechaza() {
    assertThat(validar(new Verificacion(true, " ", List.of(), ATENDIDOS)))
        .containsOnlyKeys("resultadoVerificacion", "equiposConErrores");
  }

  @Test
  void unEquipoQueNoFueAtendidoNoPuedeTenerErrores() {
    assertThat(validar(new Verificacion(true, "Falla", List.of("PC-009"), ATENDIDOS)))
        .containsEntry(
            "equiposConErrores",
            "PC-009 no está entre los equipos atendidos en este mantenimiento (PC-001, PC-002)");
  }

  @Test
  void sinDecirSiHuboErroresSeRechaza() {
    assertThat(validar(new Verificacion(null, null, List.of(), ATENDIDOS)))
        .containsOnlyKeys("erroresDetectados");
  }

  private static Map<String, String> validar(Verificacion v) {
    Errores errores = new Errores();
    ReglaVerificacionMantenimiento.validar(v, errores);
    try {
      errores.lanzarSiHay();
      return Map.of();
    } catch (DatosInvalidosException e) {
      return e.errores();
    }
  }
}
