package pe.gob.osce.soporte.seguridad;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Muestra un arranque rechazado como "APPLICATION FAILED TO START" con la descripción y la acción
 * en castellano, sin la pila de llamadas. Registrado en {@code META-INF/spring.factories}.
 */
class ArranqueRechazadoAnalyzer extends AbstractFailureAnalyzer<ArranqueRechazadoException> {

  @Override
  protected FailureAnalysis analyze(Throwable raiz, ArranqueRechazadoException causa) {
    return new FailureAnalysis(
        "El servicio no arranca. " + causa.getMessage(), causa.accion(), causa);
  }
}
