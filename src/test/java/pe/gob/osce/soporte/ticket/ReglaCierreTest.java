package pe.gob.osce.soporte.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static pe.gob.osce.soporte.ticket.ReglasAtencionTest.errores;

import java.util.List;
import org.junit.jupiter.api.Test;
import pe.gob.osce.soporte.ticket.ReglaCierre.Cierre;

/** Actividad 12 sin motor ni Spring: devolución de equipos y camino de las actividades 13-15. */
class ReglaCierreTest {

  @Test
  void unaDevolucionSinCodigosSeRechaza() {
    assertThat(errores(e -> ReglaCierre.validar(new Cierre(true, List.of(), List.of(), false), e)))
        .containsEntry(
            "equiposDevueltos", "indique los códigos patrimoniales de los equipos devueltos");
  }

  @Test
  void unEquipoDevueltoQueNoEstaEnElRegistroSeNombra() {
    assertThat(
            errores(
                e ->
                    ReglaCierre.validar(
                        new Cierre(true, List.of("PC-404"), List.of("PC-404"), false), e)))
        .containsEntry("equiposDevueltos", "no están en el registro de equipos: PC-404");
  }

  @Test
  void conDevolucionOCambioDeEquipoSigueElMovimientoDeEquipos() {
    assertThat(ReglaCierre.movimientoEquipos(new Cierre(true, List.of("PC-001"), List.of(), false)))
        .isTrue();
    assertThat(ReglaCierre.movimientoEquipos(new Cierre(false, List.of(), List.of(), true)))
        .isTrue();
  }

  @Test
  void sinDevolucionNiCambioElTicketTerminaAlCerrar() {
    Cierre cierre = new Cierre(false, List.of(), List.of(), false);
    assertThat(errores(e -> ReglaCierre.validar(cierre, e))).isEmpty();
    assertThat(ReglaCierre.movimientoEquipos(cierre)).isFalse();
  }
}
