package pe.gob.osce.soporte.config;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.DatosInvalidosException;

/**
 * Datos rechazados por la validación: son respuestas normales al usuario, no fallas del servicio.
 * El motor envuelve la excepción de un task listener en "ENGINE-03051 There was an exception while
 * invoking the TaskListener ..."; este interceptor, fuera de la transacción (ya revertida),
 * devuelve la {@link DatosInvalidosException} original para que Tasklist y la API muestren solo el
 * mensaje en castellano. Además, el registro del motor no la anota como ERROR con su traza: queda
 * una línea INFO.
 */
@Component
class DatosInvalidosPlugin extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(DatosInvalidosPlugin.class);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuracion) {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext contexto) {
      contexto.addTurboFilter(new SinTrazaDeDatosInvalidos());
    }
    List<CommandInterceptor> interceptores = new ArrayList<>();
    if (configuracion.getCustomPreCommandInterceptorsTxRequired() != null) {
      interceptores.addAll(configuracion.getCustomPreCommandInterceptorsTxRequired());
    }
    interceptores.add(new Desenvolver());
    configuracion.setCustomPreCommandInterceptorsTxRequired(interceptores);
  }

  static DatosInvalidosException datosInvalidos(Throwable error) {
    for (Throwable causa = error; causa != null; causa = causa.getCause()) {
      if (causa instanceof DatosInvalidosException datos) {
        return datos;
      }
    }
    return null;
  }

  static final class Desenvolver extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> comando) {
      try {
        return next.execute(comando);
      } catch (RuntimeException e) {
        DatosInvalidosException datos = datosInvalidos(e);
        if (datos == null) {
          throw e;
        }
        LOG.info("Datos rechazados: {}", datos.getMessage());
        throw datos;
      }
    }
  }

  /**
   * Quita del registro del motor ("ENGINE-16004 Exception while closing command context") los datos
   * rechazados.
   */
  static final class SinTrazaDeDatosInvalidos extends TurboFilter {
    @Override
    public FilterReply decide(
        Marker marker,
        ch.qos.logback.classic.Logger logger,
        Level level,
        String formato,
        Object[] parametros,
        Throwable error) {
      if (!logger.getName().startsWith("org.camunda.bpm.engine")) {
        return FilterReply.NEUTRAL;
      }
      // SLF4J también recibe la excepción como último parámetro del mensaje.
      Throwable causa =
          error != null
              ? error
              : parametros != null
                      && parametros.length > 0
                      && parametros[parametros.length - 1] instanceof Throwable t
                  ? t
                  : null;
      return causa != null && datosInvalidos(causa) != null
          ? FilterReply.DENY
          : FilterReply.NEUTRAL;
    }
  }
}
