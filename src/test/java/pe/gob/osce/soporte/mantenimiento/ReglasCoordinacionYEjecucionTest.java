package pe.gob.osce.soporte.mantenimiento;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import pe.gob.osce.soporte.comun.DatosInvalidosException;
import pe.gob.osce.soporte.comun.Errores;
import pe.gob.osce.soporte.mantenimiento.ReglaCoordinacionMantenimiento.Acordado;
import pe.gob.osce.soporte.mantenimiento.ReglaCoordinacionMantenimiento.Coordinacion;
import pe.gob.osce.soporte.mantenimiento.ReglaEjecucionMantenimiento.Ejecucion;

/** Actividad 23 sin motor ni Spring: coordinar con el/la proveedor/a y confirmar la ejecución. */
class ReglasCoordinacionYEjecucionTest {

  private static final ZoneId LIMA = ZoneId.of("America/Lima");
  private static final OffsetDateTime AHORA = OffsetDateTime.parse("2026-03-16T09:00-05:00");

  @Test
  void coordinadoPorCorreoConDireccionValidaQuedaAcordado() {
    Errores errores = new Errores();
    Acordado acordado =
        ReglaCoordinacionMantenimiento.validar(
            new Coordinacion("Servicios TI SAC", "2026-03-20", "CORREO", " soporte@proveedor.pe "),
            errores);
    errores.lanzarSiHay(); // nada que rechazar: no lanza
    assertThat(acordado)
        .isEqualTo(
            new Acordado(
                LocalDate.of(2026, 3, 20), MedioCoordinacion.CORREO, "soporte@proveedor.pe"));
  }

  @Test
  void coordinadoPorCorreoSinDireccionSeRechaza() {
    assertThat(
            errores(
                e ->
                    ReglaCoordinacionMantenimiento.validar(
                        new Coordinacion("Servicios TI SAC", "2026-03-20", "CORREO", null), e)))
        .containsOnlyKeys("correoProveedor");
    assertThat(
            errores(
                e ->
                    ReglaCoordinacionMantenimiento.validar(
                        new Coordinacion(
                            "Servicios TI SAC", "2026-03-20", "CORREO", "no-es-correo"),
                        e)))
        .containsOnlyKeys("correoProveedor");
  }

  @Test
  void coordinadoPorTelefonoNoGuardaCorreo() {
    Acordado acordado =
        ReglaCoordinacionMantenimiento.validar(
            new Coordinacion("Servicios TI SAC", "2026-03-20", "TELEFONO", "x@y.pe"),
            new Errores());
    assertThat(acordado.correoProveedor()).isNull();
    assertThat(acordado.medio()).isEqualTo(MedioCoordinacion.TELEFONO);
  }

  @Test
  void sinProveedorFechaNiMedioSeRechazaPorCampo() {
    assertThat(
            errores(
                e ->
                    ReglaCoordinacionMantenimiento.validar(
                        new Coordinacion(null, null, "FAX", null), e)))
        .containsOnlyKeys("proveedor", "fechaProgramada", "medioCoordinacion");
  }

  @Test
  void unaEjecucionPasadaConEquiposAtendidosSeConfirmaEnHoraDeLima() {
    Errores errores = new Errores();
    OffsetDateTime ejecutado =
        ReglaEjecucionMantenimiento.validar(
            new Ejecucion("2026-03-15T10:30", List.of("PC-001"), "PC-001"), AHORA, LIMA, errores);
    errores.lanzarSiHay();
    assertThat(ejecutado).isEqualTo(OffsetDateTime.parse("2026-03-15T10:30-05:00"));
  }

  @Test
  void unaEjecucionFuturaNoSeConfirma() {
    assertThat(
            errores(
                e ->
                    ReglaEjecucionMantenimiento.validar(
                        new Ejecucion("2026-03-17T10:30", List.of("PC-001"), "PC-001"),
                        AHORA,
                        LIMA,
                        e)))
        .containsOnlyKeys("fechaEjecucion");
  }

  @Test
  void sinFechaValidaNiEquiposAtendidosSeRechazaPorCampo() {
    assertThat(
            errores(
                e ->
                    ReglaEjecucionMantenimiento.validar(
                        new Ejecucion("15/03/2026", List.of(), null), AHORA, LIMA, e)))
        .containsOnlyKeys("fechaEjecucion", "equiposAtendidos");
  }

  private static Map<String, String> errores(Consumer<Errores> regla) {
    Errores errores = new Errores();
    regla.accept(errores);
    try {
      errores.lanzarSiHay();
      return Map.of();
    } catch (DatosInvalidosException e) {
      return e.errores();
    }
  }
}
