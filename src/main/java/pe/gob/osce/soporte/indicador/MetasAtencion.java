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
import pe.gob.osce.soporte.catalogo.Servicio;
import pe.gob.osce.soporte.catalogo.TipoTicket;

/**
 * La meta de atención oportuna de cada categoría y tipo, según la tabla de decisión {@code
 * bpmn/metaAtencion.dmn}: la jefatura la cambia en Camunda Modeler, no en el código. Cada consulta
 * del indicador pide una {@link Tabla} nueva, que evalúa cada combinación una sola vez.
 *
 * <p>Issue 11: la tabla se evalúa entera al crearla, antes de leer el registro. Camunda anota cada
 * evaluación en su historia de decisiones (un INSERT en {@code ACT_HI_DECINST}), y el registro se
 * lee en una transacción de solo lectura (PostgreSQL entrega las filas de a poco solo dentro de una
 * transacción): evaluarla a medida que aparecían los pares, dentro de esa lectura, hacía fallar el
 * indicador en PostgreSQL ("cannot execute INSERT in a read-only transaction"), que H2 no controla.
 * Se prefirió esto a apagar la historia de la decisión: la jefatura sigue viendo en Cockpit qué
 * metas se aplicaron. Son pocas evaluaciones (categorías × tipos) y la historia de la decisión se
 * limpia a los 30 días.
 */
@Component
class MetasAtencion {

  static final String SALIDA = "metaHoras";

  private final DecisionService decisiones;
  private final IdentityService identidades;
  private final String clave;

  MetasAtencion(
      DecisionService decisiones, IdentityService identidades, IndicadorProperties propiedades) {
    this.decisiones = decisiones;
    this.identidades = identidades;
    this.clave = propiedades.decisionMetas();
  }

  /**
   * Las metas de una consulta: evalúa la tabla una vez por cada par categoría-tipo. Llamarla fuera
   * de una transacción de solo lectura (cada evaluación escribe historia).
   */
  Tabla tabla() {
    Map<String, OptionalLong> metas = new HashMap<>();
    for (Servicio.Categoria categoria : Servicio.Categoria.values()) {
      for (TipoTicket tipo : TipoTicket.values()) {
        metas.put(clave(categoria.name(), tipo.name()), evaluar(categoria.name(), tipo.name()));
      }
    }
    return new Tabla(Map.copyOf(metas));
  }

  private static String clave(String categoria, String tipo) {
    return categoria + "/" + tipo;
  }

  /** Las metas ya evaluadas; inmutable, se puede compartir entre hilos. */
  static final class Tabla {
    private final Map<String, OptionalLong> metas;

    private Tabla(Map<String, OptionalLong> metas) {
      this.metas = metas;
    }

    /**
     * Meta en segundos laborables; vacía si la tabla no tiene regla para el par (o el par no
     * existe).
     */
    OptionalLong segundos(String categoria, String tipo) {
      return metas.getOrDefault(clave(categoria, tipo), OptionalLong.empty());
    }
  }

  /**
   * Evalúa sin el usuario de la petición: leer la meta es parte del cálculo, no una acción del
   * usuario, y las jefaturas no necesitan permiso para crear instancias de decisión.
   */
  private OptionalLong evaluar(String categoria, String tipo) {
    Authentication usuario = identidades.getCurrentAuthentication();
    identidades.clearAuthentication();
    try {
      DmnDecisionResultEntries resultado =
          decisiones
              .evaluateDecisionByKey(clave)
              .variables(
                  Variables.createVariables()
                      .putValue("categoria", categoria)
                      .putValue("tipo", tipo))
              .evaluate()
              .getFirstResult();
      Object horas = resultado == null ? null : resultado.get(SALIDA);
      return horas == null
          ? OptionalLong.empty()
          : OptionalLong.of(((Number) horas).longValue() * 3600);
    } finally {
      if (usuario != null) {
        identidades.setAuthentication(usuario);
      }
    }
  }
}
