package pe.gob.osce.soporte.config;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import pe.gob.osce.soporte.comun.DatosInvalidosException;

/**
 * Los datos rechazados no llenan el registro de errores; las fallas reales siguen registrándose.
 */
class DatosInvalidosPluginTest {

  private final LoggerContext contexto = new LoggerContext();
  private final DatosInvalidosPlugin.SinTrazaDeDatosInvalidos filtro =
      new DatosInvalidosPlugin.SinTrazaDeDatosInvalidos();

  private FilterReply decidir(String logger, Object... parametros) {
    return filtro.decide(
        null, contexto.getLogger(logger), Level.ERROR, "ENGINE-16004 {}", parametros, null);
  }

  @Test
  void datosRechazadosEnvueltosPorElMotorNoSeRegistranComoError() {
    ProcessEngineException envuelta =
        new ProcessEngineException(
            "ENGINE-03051 ...", DatosInvalidosException.deCampo("tecnico", "es obligatorio"));
    assertThat(decidir("org.camunda.bpm.engine.context", "x", envuelta))
        .isEqualTo(FilterReply.DENY);
  }

  @Test
  void lasFallasRealesYLosDemasRegistrosSeMantienen() {
    assertThat(
            decidir("org.camunda.bpm.engine.context", "x", new IllegalStateException("base caída")))
        .isEqualTo(FilterReply.NEUTRAL);
    assertThat(decidir("pe.gob.osce.soporte", "x", DatosInvalidosException.deCampo("a", "b")))
        .isEqualTo(FilterReply.NEUTRAL);
  }

  @Test
  void desenvuelveLaCausaOriginal() {
    DatosInvalidosException original = DatosInvalidosException.deCampo("asunto", "es obligatorio");
    assertThat(
            DatosInvalidosPlugin.datosInvalidos(
                new RuntimeException(new ProcessEngineException("x", original))))
        .isSameAs(original);
    assertThat(DatosInvalidosPlugin.datosInvalidos(new RuntimeException("otra"))).isNull();
  }
}
