package pe.gob.osce.soporte.tasklist;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Plazos de atención de las tareas de usuario: la fecha de vencimiento que Tasklist muestra (y
 * marca como atrasada) se calcula al crear la tarea, sin tocar los modelos.
 *
 * @param vencimientoPorDefecto plazo de las tareas que no están en {@code vencimiento}
 * @param vencimiento plazo por clave de tarea ({@code A06_AtenderPresencial: PT8H})
 */
@ConfigurationProperties("soporte.tareas")
public record TareasProperties(
    @DefaultValue("P2D") Duration vencimientoPorDefecto, Map<String, Duration> vencimiento) {

  public TareasProperties {
    vencimiento = vencimiento == null ? Map.of() : Map.copyOf(vencimiento);
  }

  public Duration plazo(String claveTarea) {
    return vencimiento.getOrDefault(claveTarea, vencimientoPorDefecto);
  }
}
