package pe.gob.osce.soporte.cargo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pe.gob.osce.soporte.cargo.ReglaCargo.Bien;
import pe.gob.osce.soporte.cargo.ReglaCargo.Cargo;
import pe.gob.osce.soporte.comun.DatosInvalidosException;
import pe.gob.osce.soporte.comun.Errores;
import pe.gob.osce.soporte.equipo.Equipo;
import pe.gob.osce.soporte.equipo.EstadoEquipo;
import pe.gob.osce.soporte.equipo.TipoBien;

/** Actividad 10 sin motor ni Spring: qué se puede asignar y retirar en un cargo. */
class ReglaCargoTest {

  private static final String ANA = "ana.perez@osce.gob.pe";

  @Test
  void seAsignaUnBienEnStockDelAlmacen() {
    assertThat(
            validar(
                cargo(List.of("PC-001"), List.of()),
                bien("PC-001", EstadoEquipo.EN_ALMACEN, null, false, false)))
        .isEmpty();
  }

  @Test
  void noSeAsignaUnBienEnRevisionEnElAlmacen() {
    assertThat(
            validar(
                cargo(List.of("PC-001"), List.of()),
                bien("PC-001", EstadoEquipo.EN_ALMACEN, null, true, false)))
        .containsEntry(
            "equiposAsignados",
            "no se pueden asignar: PC-001 (en revisión en el almacén, actividades 17-18);"
                + " solo se asignan bienes en stock del almacén o recién registrados");
  }

  @Test
  void seAsignaUnBienRecienRegistradoConEsteTitularOSinTitular() {
    assertThat(
            validar(
                cargo(List.of("PC-001"), List.of()),
                bien("PC-001", EstadoEquipo.ASIGNADO, ANA, false, true)))
        .isEmpty();
    assertThat(
            validar(
                cargo(List.of("PC-001"), List.of()),
                bien("PC-001", EstadoEquipo.ASIGNADO, "otro@osce.gob.pe", false, true)))
        .containsKey("equiposAsignados");
  }

  @Test
  void noSeAsignaUnBienPendienteDeBaja() {
    assertThat(
            validar(
                cargo(List.of("PC-001"), List.of()),
                bien("PC-001", EstadoEquipo.PENDIENTE_BAJA, null, false, false)))
        .containsEntry(
            "equiposAsignados",
            "no se pueden asignar: PC-001 (pendiente de baja);"
                + " solo se asignan bienes en stock del almacén o recién registrados");
  }

  @Test
  void seRetiraSoloLoAsignadoAEsteServidor() {
    assertThat(
            validar(
                cargo(List.of(), List.of("PC-002")),
                bien("PC-002", EstadoEquipo.ASIGNADO, ANA, false, false)))
        .isEmpty();
    assertThat(
            validar(
                cargo(List.of(), List.of("PC-002")),
                bien("PC-002", EstadoEquipo.ASIGNADO, "otro@osce.gob.pe", false, false)))
        .containsEntry(
            "equiposRetirados",
            "no se pueden retirar: PC-002 (asignado a otra persona);"
                + " solo se retiran bienes asignados a este/a servidor/a ("
                + ANA
                + ")");
  }

  @Test
  void unBienQueNoEstaEnElRegistroSeNombra() {
    assertThat(validar(cargo(List.of("PC-404"), List.of())))
        .containsEntry("equiposAsignados", "no están en el registro de equipos: PC-404");
  }

  @Test
  void unCargoSinBienesNiServidorSeRechazaPorCampo() {
    assertThat(validar(new Cargo(" ", null, ANA, List.of(), List.of(), false, null, null)))
        .containsOnlyKeys("servidor", "organoUnidad", "equiposAsignados");
  }

  @Test
  void unBienNoSeAsignaYRetiraEnElMismoCargo() {
    assertThat(
            validar(
                cargo(List.of("PC-003"), List.of("PC-003")),
                bien("PC-003", EstadoEquipo.EN_ALMACEN, null, false, false)))
        .containsKey("equiposRetirados");
  }

  @Test
  void unTrasladoEntreSedesPideLasDosSedes() {
    Cargo traslado =
        new Cargo(
            "Ana Pérez", "OTI", ANA, List.of("PC-001"), List.of(), true, "Sede central", null);
    assertThat(validar(traslado, bien("PC-001", EstadoEquipo.EN_ALMACEN, null, false, false)))
        .containsOnlyKeys("sedeDestino");
  }

  private static Cargo cargo(List<String> asignados, List<String> retirados) {
    return new Cargo("Ana Pérez", "OTI", ANA, asignados, retirados, false, null, null);
  }

  private static Bien bien(
      String codigo, EstadoEquipo estado, String titular, boolean enRevision, boolean reciente) {
    return new Bien(
        new Equipo(
            codigo,
            TipoBien.CPU_LAPTOP,
            "Lenovo",
            "M70",
            "S1",
            "Sede central",
            titular,
            estado,
            null),
        enRevision,
        reciente);
  }

  private static Map<String, String> validar(Cargo cargo, Bien... bienes) {
    Errores errores = new Errores();
    ReglaCargo.validar(
        cargo,
        java.util.Arrays.stream(bienes)
            .collect(
                java.util.stream.Collectors.toMap(b -> b.equipo().codigoPatrimonial(), b -> b)),
        errores);
    try {
      errores.lanzarSiHay();
      return Map.of();
    } catch (DatosInvalidosException e) {
      return e.errores();
    }
  }
}
