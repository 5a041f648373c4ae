package pe.gob.osce.soporte.config;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.DatosInvalidosException;

/**
 * El motor envuelve la excepción de un task listener en "ENGINE-03051 There was an exception while
 * invoking the TaskListener ...". Este interceptor, fuera de la transacción (ya revertida),
 * devuelve la {@link DatosInvalidosException} original, para que Tasklist y la API muestren solo el
 * mensaje en castellano.
 */
@Component
class DatosInvalidosPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuracion) {
    List<CommandInterceptor> interceptores = new ArrayList<>();
    if (configuracion.getCustomPreCommandInterceptorsTxRequired() != null) {
      interceptores.addAll(configuracion.getCustomPreCommandInterceptorsTxRequired());
    }
    interceptores.add(new Desenvolver());
    configuracion.setCustomPreCommandInterceptorsTxRequired(interceptores);
  }

  static final class Desenvolver extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> comando) {
      try {
        return next.execute(comando);
      } catch (RuntimeException e) {
        for (Throwable causa = e.getCause(); causa != null; causa = causa.getCause()) {
          if (causa instanceof DatosInvalidosException datos) {
            throw datos;
          }
        }
        throw e;
      }
    }
  }
}
