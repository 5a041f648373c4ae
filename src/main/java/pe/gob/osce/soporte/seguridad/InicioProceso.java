package pe.gob.osce.soporte.seguridad;

import java.util.List;

/**
 * Qué grupos inician un proceso del procedimiento. Cada parte (ticket, cargo, equipo,
 * mantenimiento) declara los suyos como beans y {@link AutorizacionesIniciales} los otorga al
 * arrancar: así {@code seguridad} no conoce los procesos.
 */
public record InicioProceso(String proceso, List<String> grupos) {

  public InicioProceso {
    grupos = List.copyOf(grupos);
  }

  public static InicioProceso de(String proceso, String... grupos) {
    return new InicioProceso(proceso, List.of(grupos));
  }
}
