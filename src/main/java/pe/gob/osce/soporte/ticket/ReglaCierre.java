package pe.gob.osce.soporte.ticket;

import java.util.List;
import pe.gob.osce.soporte.comun.Errores;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Variables;

/**
 * Actividad 12: al cerrar, una devolución de equipos nombra los códigos patrimoniales devueltos, y
 * cada uno debe estar en el registro de equipos. Con cambio o devolución de equipos el ticket sigue
 * por las actividades 13-14 y el ciclo de vida de cada equipo devuelto.
 */
final class ReglaCierre {

  /**
   * Lo enviado al cerrar.
   *
   * @param noRegistrados los devueltos que no están en el registro de equipos
   * @param cambioEquipo si la atención (actividades 4-6) cambió o asignó equipos
   */
  public record Cierre(
      boolean devolucion,
      List<String> devueltos,
      List<String> noRegistrados,
      boolean cambioEquipo) {}

  private ReglaCierre() {}

  public static void validar(Cierre cierre, Errores errores) {
    if (cierre.devolucion() && cierre.devueltos().isEmpty()) {
      errores.agregar(
          Variables.EQUIPOS_DEVUELTOS,
          "indique los códigos patrimoniales de los equipos devueltos");
    }
    if (!cierre.noRegistrados().isEmpty()) {
      errores.agregar(
          Variables.EQUIPOS_DEVUELTOS,
          "no están en el registro de equipos: " + String.join(", ", cierre.noRegistrados()));
    }
  }

  /** Si hay movimiento de equipos: el camino de las actividades 13-14 y del ciclo de vida. */
  public static boolean movimientoEquipos(Cierre cierre) {
    return cierre.devolucion() || cierre.cambioEquipo();
  }
}
