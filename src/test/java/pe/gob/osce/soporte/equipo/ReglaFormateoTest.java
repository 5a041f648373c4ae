package pe.gob.osce.soporte.equipo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pe.gob.osce.soporte.comun.DatosInvalidosException;
import pe.gob.osce.soporte.comun.Errores;
import pe.gob.osce.soporte.comun.Variable;
import pe.gob.osce.soporte.equipo.CicloVidaEquipoProceso.Variables;
import pe.gob.osce.soporte.equipo.ReglaFormateo.Formateo;

/** Actividad 16 sin motor ni Spring: el checklist de formateo de equipos y medios extraíbles. */
class ReglaFormateoTest {

  private static final Set<Variable<Boolean>> TODO = Set.copyOf(Variables.CHECKLIST_EQUIPO);

  @Test
  void unEquipoConTodoElChecklistSeFormatea() {
    assertThat(validar(equipo(TODO))).isEmpty();
  }

  @Test
  void sinRespaldoNoSeFormatea() {
    Formateo sinRespaldo =
        new Formateo(false, false, null, ReglaFormateo.EQUIPO, true, TODO, false, null);
    assertThat(validar(sinRespaldo)).containsOnlyKeys("respaldoRealizado", "carpetaRespaldo");
  }

  @Test
  void unEquipoSinUnPasoDelChecklistSeRechazaNombrandoElPaso() {
    Set<Variable<Boolean>> sinDhcp = new HashSet<>(TODO);
    sinDhcp.remove(Variables.IP_POR_DHCP);
    assertThat(validar(equipo(sinDhcp)))
        .containsOnly(Map.entry("ipPorDhcp", "es un paso obligatorio del formateo de equipos"));
  }

  @Test
  void unMedioExtraibleDelRegistroSigueSoloElFormateoLogicoAunqueElFormularioDigaEquipo() {
    Formateo usb =
        new Formateo(
            true, true, "\\\\servidor\\oti", ReglaFormateo.EQUIPO, true, Set.of(), false, null);
    assertThat(validar(usb)).isEmpty();
    assertThat(ReglaFormateo.tipoBien(usb)).isEqualTo(ReglaFormateo.MEDIO_EXTRAIBLE);
  }

  @Test
  void elFormateoLogicoEsObligatorio() {
    Formateo sinLogico =
        new Formateo(
            false, true, "\\\\servidor\\oti", ReglaFormateo.EQUIPO, false, TODO, false, null);
    assertThat(validar(sinLogico)).containsOnlyKeys("formateoLogico");
  }

  @Test
  void elBajoNivelSoloPorLecturaEscrituraOBajoRendimiento() {
    assertThat(
            validar(
                new Formateo(
                    false, true, "c", ReglaFormateo.EQUIPO, true, TODO, true, "COSTUMBRE")))
        .containsOnlyKeys("motivoBajoNivel");
    assertThat(
            validar(
                new Formateo(
                    false, true, "c", ReglaFormateo.EQUIPO, true, TODO, true, "BAJO_RENDIMIENTO")))
        .isEmpty();
    assertThat(
            validar(new Formateo(false, true, "c", ReglaFormateo.EQUIPO, true, TODO, null, null)))
        .containsOnlyKeys("formateoBajoNivel");
  }

  @Test
  void sinTipoDeBienSePideElegirlo() {
    assertThat(validar(new Formateo(false, true, "c", null, true, TODO, false, null)))
        .containsOnlyKeys("tipoBien");
  }

  private static Formateo equipo(Set<Variable<Boolean>> marcados) {
    return new Formateo(
        false, true, "\\\\servidor\\oti", ReglaFormateo.EQUIPO, true, marcados, false, null);
  }

  private static Map<String, String> validar(Formateo formateo) {
    Errores errores = new Errores();
    ReglaFormateo.validar(formateo, errores);
    try {
      errores.lanzarSiHay();
      return Map.of();
    } catch (DatosInvalidosException e) {
      return e.errores();
    }
  }
}
