package pe.gob.osce.soporte.comun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;

/** Lecturas y escrituras tipadas de variables, sin motor ni Spring. */
class VariableTest {

  enum Modo {
    REMOTA,
    TELEFONICA,
    PRESENCIAL
  }

  private static final Variable<String> ASUNTO = Variable.texto("asunto");
  private static final Variable<Boolean> SOLUCIONADO = Variable.booleano("solucionado");
  private static final Variable<Modo> MODO =
      Variable.enumerado("modoAtencion", Modo.class, "un modo de atención");
  private static final Variable<LocalDate> FECHA = Variable.fecha("fechaProgramada");
  private static final Variable<List<String>> EQUIPOS = Variable.codigos("equiposAsignados");
  private static final Variable<Long> CANTIDAD = Variable.entero("cantidad");
  private static final Variable<Date> VENCE = Variable.instante("vence");

  @Test
  void unTextoSeLeeSinEspaciosYVacioEsNulo() {
    VariableScope ambito = ambito(Map.of("asunto", "  No imprime  ", "otro", "   "));
    assertThat(ASUNTO.leer(ambito)).isEqualTo("No imprime");
    assertThat(Variable.texto("otro").leer(ambito)).isNull();
    assertThat(Variable.texto("falta").leer(ambito, "por defecto")).isEqualTo("por defecto");
  }

  @Test
  void unCampoObligatorioQueFaltaSeRechazaNombrandoElCampo() {
    assertThatThrownBy(() -> ASUNTO.requerido(ambito(Map.of()), "es obligatorio: el asunto"))
        .isInstanceOf(DatosInvalidosException.class)
        .satisfies(
            e ->
                assertThat(((DatosInvalidosException) e).errores())
                    .containsEntry("asunto", "es obligatorio: el asunto"));
    assertThatThrownBy(
            () ->
                EQUIPOS.requerido(ambito(Map.of("equiposAsignados", " , ")), "indique los equipos"))
        .isInstanceOf(DatosInvalidosException.class);
  }

  @Test
  void unBooleanoAceptaElTextoDeUnFormularioYFaltaEsNulo() {
    assertThat(SOLUCIONADO.leer(ambito(Map.of("solucionado", true)))).isTrue();
    assertThat(SOLUCIONADO.leer(ambito(Map.of("solucionado", "false")))).isFalse();
    assertThat(SOLUCIONADO.leer(ambito(Map.of()))).isNull();
    assertThat(SOLUCIONADO.leer(ambito(Map.of()), false)).isFalse();
  }

  @Test
  void unEnumeradoSeGuardaPorSuNombreYUnValorDesconocidoSeRechazaConLasOpciones() {
    VariableScope ambito = ambito(Map.of());
    MODO.escribir(ambito, Modo.PRESENCIAL);
    assertThat(ambito.getVariable("modoAtencion")).isEqualTo("PRESENCIAL");
    assertThat(MODO.leer(ambito)).isEqualTo(Modo.PRESENCIAL);
    assertThatThrownBy(() -> MODO.leer(ambito(Map.of("modoAtencion", "VOLANDO"))))
        .isInstanceOf(DatosInvalidosException.class)
        .satisfies(
            e ->
                assertThat(((DatosInvalidosException) e).errores())
                    .containsEntry(
                        "modoAtencion",
                        "«VOLANDO» no es un modo de atención: use REMOTA, TELEFONICA o PRESENCIAL"));
  }

  @Test
  void unaFechaSeGuardaComoTextoIsoYUnaMalEscritaSeRechaza() {
    VariableScope ambito = ambito(Map.of());
    FECHA.escribir(ambito, LocalDate.of(2026, 3, 15));
    assertThat(ambito.getVariable("fechaProgramada")).isEqualTo("2026-03-15");
    assertThat(FECHA.leer(ambito)).isEqualTo(LocalDate.of(2026, 3, 15));
    assertThatThrownBy(() -> FECHA.leer(ambito(Map.of("fechaProgramada", "15/03/2026"))))
        .isInstanceOf(DatosInvalidosException.class)
        .hasMessageContaining("fechaProgramada");
  }

  @Test
  void losCodigosSeLeenEnMayusculasSinRepetidosYSeGuardanSeparadosPorComas() {
    VariableScope ambito = ambito(Map.of("equiposAsignados", "pc-001, PC-002 ;pc-001 PC-003"));
    assertThat(EQUIPOS.leer(ambito)).containsExactly("PC-001", "PC-002", "PC-003");
    assertThat(EQUIPOS.leer(ambito(Map.of()))).isEmpty();
    EQUIPOS.escribir(ambito, List.of("PC-001", "PC-002"));
    assertThat(ambito.getVariable("equiposAsignados")).isEqualTo("PC-001, PC-002");
  }

  @Test
  void unEnteroAceptaCualquierNumeroOSuTextoYRechazaLoDemas() {
    assertThat(CANTIDAD.leer(ambito(Map.of("cantidad", 3)))).isEqualTo(3L);
    assertThat(CANTIDAD.leer(ambito(Map.of("cantidad", " 42 ")))).isEqualTo(42L);
    assertThatThrownBy(() -> CANTIDAD.leer(ambito(Map.of("cantidad", "tres"))))
        .isInstanceOf(DatosInvalidosException.class)
        .hasMessageContaining("cantidad");
  }

  @Test
  void unInstanteSeGuardaComoFechaDelMotorYOtraCosaSeRechaza() {
    Date vence = new Date(0);
    VariableScope ambito = ambito(Map.of());
    VENCE.escribir(ambito, vence);
    assertThat(VENCE.leer(ambito)).isEqualTo(vence);
    assertThatThrownBy(() -> VENCE.leer(ambito(Map.of("vence", "mañana"))))
        .isInstanceOf(DatosInvalidosException.class);
  }

  @Test
  void seLeeDeUnMapaDeVariablesYUnaEscrituraLocalGuardaElValorDelMotor() {
    assertThat(MODO.de(Map.of("modoAtencion", "REMOTA"))).isEqualTo(Modo.REMOTA);
    VariableScope ambito = ambito(Map.of());
    MODO.escribirLocal(ambito, Modo.TELEFONICA);
    assertThat(ambito.getVariable("modoAtencion")).isEqualTo("TELEFONICA");
    assertThat(MODO.guardado(null)).isNull();
    assertThat(MODO.nombre()).isEqualTo("modoAtencion");
    assertThat(MODO.tipo()).isEqualTo(Modo.class);
  }

  @Test
  void elTextoTalComoLlegoSeLeeSinConvertirParaValidarloConMensajesPropios() {
    VariableScope ambito = ambito(Map.of("modoAtencion", " VOLANDO "));
    assertThat(MODO.leerTexto(ambito)).isEqualTo("VOLANDO");
    assertThat(MODO.leerTexto(ambito(Map.of()))).isNull();
  }

  @Test
  void unValorSePoneEnUnMapaDeVariablesComoLoGuardaElMotor() {
    Map<String, Object> variables = new HashMap<>();
    MODO.poner(variables, Modo.REMOTA);
    FECHA.poner(variables, LocalDate.of(2026, 1, 2));
    assertThat(variables)
        .containsEntry("modoAtencion", "REMOTA")
        .containsEntry("fechaProgramada", "2026-01-02");
  }

  private static VariableScope ambito(Map<String, Object> variables) {
    return AmbitoDePrueba.con(new HashMap<>(variables));
  }
}
