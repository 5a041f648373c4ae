package pe.gob.osce.soporte.indicador;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * La meta de atención oportuna de cada categoría y tipo, según la tabla de decisión
 * {@code bpmn/metaAtencion.dmn}: la jefatura la cambia en Camunda Modeler, no en el código. Cada
 * consulta del indicador pide una {@link Tabla} nueva, que evalúa cada combinación una sola vez.
 */
@Component
class MetasAtencion {

  static final String SALIDA = "metaHoras";

  private final DecisionService decisiones;
  private final IdentityService identidades;
  private final String clave;

  MetasAtencion(DecisionService decisiones, IdentityService identidades, IndicadorProperties propiedades) {
    this.decisiones = decisiones;
    this.identidades = identidades;
    this.clave = propiedades.decisionMetas();
  }

  /** Las metas de una consulta: evalúa la tabla la primera vez que aparece cada par categoría-tipo. */
  Tabla tabla() {
    return new Tabla();
  }

  final class Tabla {
    private final Map<String, Map<String, OptionalLong>> cache = new HashMap<>();

    /** Meta en segundos laborables; vacía si la tabla no tiene regla para el par. */
    OptionalLong segundos(String categoria, String tipo) {
      return cache.computeIfAbsent(categoria, k -> new HashMap<>()).computeIfAbsent(tipo, k -> evaluar(categoria, tipo));
    }
  }

  /**
   * Evalúa sin el usuario de la petición: leer la meta es parte del cálculo, no una acción del usuario,
   * y las jefaturas no necesitan permiso para crear instancias de decisión.
   */
  private OptionalLong evaluar(String categoria, String tipo) {
    Authentication usuario = identidades.getCurrentAuthentication();
    identidades.clearAuthentication();
    try {
      DmnDecisionResultEntries resultado = decisiones.evaluateDecisionByKey(clave)
          .variables(Variables.createVariables().putValue("categoria", categoria).putValue("tipo", tipo))
          .evaluate().getFirstResult();
      Object horas = resultado == null ? null : resultado.get(SALIDA);
      return horas == null ? OptionalLong.empty() : OptionalLong.of(((Number) horas).longValue() * 3600);
    } finally {
      if (usuario != null) {
        identidades.setAuthentication(usuario);
      }
    }
  }
}
