package pe.gob.osce.soporte.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import pe.gob.osce.soporte.catalogo.TipoTicket;
import pe.gob.osce.soporte.comun.DatosInvalidosException;
import pe.gob.osce.soporte.comun.Errores;
import pe.gob.osce.soporte.ticket.ReglaAtencionPresencial.Desplazamiento;
import pe.gob.osce.soporte.ticket.ReglaSolucionOEscalamiento.Atencion;
import pe.gob.osce.soporte.ticket.ReglaSolucionOEscalamiento.Decision;

/** Reglas de las actividades 4-8 sin motor ni Spring: una prueba por resultado de cada regla. */
class ReglasAtencionTest {

  @Test
  void incidenciaNoSolucionadaSeEscalaATerceros() {
    Decision decision =
        ReglaSolucionOEscalamiento.decidir(
            new Atencion(TipoTicket.INCIDENCIA, false, "No enciende la fuente", false));
    assertThat(decision.requiereTerceros()).isTrue();
    assertThat(decision.solucionado()).isFalse();
    assertThat(decision.resumen())
        .isEqualTo("Incidencia no solucionada: se escala a terceros. No enciende la fuente");
  }

  @Test
  void incidenciaSolucionadaConCambioDeEquipoPasaALaConformidad() {
    Decision decision =
        ReglaSolucionOEscalamiento.decidir(
            new Atencion(TipoTicket.INCIDENCIA, true, "Se cambió el monitor", true));
    assertThat(decision.requiereTerceros()).isFalse();
    assertThat(decision.cambioEquipo()).isTrue();
    assertThat(decision.resumen())
        .startsWith("Incidencia solucionada; con cambio o asignación de equipo.");
  }

  @Test
  void requerimientoSinRespuestaSeDaPorAtendidoYNuncaSeEscala() {
    Decision decision =
        ReglaSolucionOEscalamiento.decidir(
            new Atencion(TipoTicket.REQUERIMIENTO, null, "Instalado el programa", false));
    assertThat(decision.requiereTerceros()).isFalse();
    assertThat(decision.solucionado()).isTrue();
    assertThat(
            ReglaSolucionOEscalamiento.decidir(
                    new Atencion(TipoTicket.REQUERIMIENTO, false, "x", false))
                .requiereTerceros())
        .isFalse();
  }

  @Test
  void incidenciaSinDecirSiSeSolucionoNiDetalleSeRechazaPorCampo() {
    assertThat(
            errores(
                e ->
                    ReglaSolucionOEscalamiento.validar(
                        new Atencion(TipoTicket.INCIDENCIA, null, " ", false), e)))
        .containsOnlyKeys("solucionado", "detalleAtencion");
    assertThat(
            errores(
                e ->
                    ReglaSolucionOEscalamiento.validar(
                        new Atencion(TipoTicket.REQUERIMIENTO, null, "ok", false), e)))
        .isEmpty();
  }

  @Test
  void atencionRemotaSinSolicitarLaValidacionDelUsuarioSeRechaza() {
    assertThat(errores(e -> ReglaAtencionRemota.validar(null, e)))
        .containsOnlyKeys("validacionSolicitada");
    assertThat(errores(e -> ReglaAtencionRemota.validar(false, e)))
        .containsOnlyKeys("validacionSolicitada");
    assertThat(errores(e -> ReglaAtencionRemota.validar(true, e))).isEmpty();
  }

  @Test
  void desplazamientoSinRevisarConexionElectricaNiRedSeRechaza() {
    assertThat(
            errores(
                e ->
                    ReglaAtencionPresencial.validar(
                        new Desplazamiento(null, null, null, null, null, null), e)))
        .containsOnlyKeys("conexionElectrica", "conexionRed");
  }

  @Test
  void sinConexionElectricaSeDebeComunicarAServiciosGenerales() {
    assertThat(
            errores(
                e ->
                    ReglaAtencionPresencial.validar(
                        new Desplazamiento(false, false, true, null, null, null), e)))
        .containsOnlyKeys("servGeneralesComunicado");
    assertThat(
            errores(
                e ->
                    ReglaAtencionPresencial.validar(
                        new Desplazamiento(false, true, true, null, null, null), e)))
        .isEmpty();
  }

  @Test
  void sinPuntoDeRedSeDebeDecirSiHayTarjetasEnStock() {
    assertThat(
            errores(
                e ->
                    ReglaAtencionPresencial.validar(
                        new Desplazamiento(true, null, false, null, null, null), e)))
        .containsOnlyKeys("tarjetaInalambricaStock");
  }

  @Test
  void conTarjetasEnStockSeDebeInstalarUna() {
    assertThat(
            errores(
                e ->
                    ReglaAtencionPresencial.validar(
                        new Desplazamiento(true, null, false, true, false, null), e)))
        .containsOnlyKeys("tarjetaInstalada");
    assertThat(
            errores(
                e ->
                    ReglaAtencionPresencial.validar(
                        new Desplazamiento(true, null, false, true, true, null), e)))
        .isEmpty();
  }

  @Test
  void sinTarjetasEnStockSeDebeCoordinarSuAdquisicion() {
    assertThat(
            errores(
                e ->
                    ReglaAtencionPresencial.validar(
                        new Desplazamiento(true, null, false, false, null, null), e)))
        .containsOnlyKeys("adquisicionCoordinada");
    assertThat(
            errores(
                e ->
                    ReglaAtencionPresencial.validar(
                        new Desplazamiento(true, null, false, false, null, true), e)))
        .isEmpty();
  }

  /** Los errores que la regla agregó, por campo. */
  static Map<String, String> errores(java.util.function.Consumer<Errores> regla) {
    Errores errores = new Errores();
    regla.accept(errores);
    try {
      errores.lanzarSiHay();
      return Map.of();
    } catch (DatosInvalidosException e) {
      return e.errores();
    }
  }

  @Test
  void losErroresDeUnaReglaSeLanzanJuntosConSuMensaje() {
    Errores errores = new Errores();
    ReglaAtencionRemota.validar(false, errores);
    assertThatThrownBy(errores::lanzarSiHay)
        .isInstanceOf(DatosInvalidosException.class)
        .hasMessageContaining("validacionSolicitada: es obligatorio");
  }
}
