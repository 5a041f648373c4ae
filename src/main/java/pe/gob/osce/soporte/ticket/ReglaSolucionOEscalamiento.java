package pe.gob.osce.soporte.ticket;

import pe.gob.osce.soporte.catalogo.TipoTicket;
import pe.gob.osce.soporte.comun.Errores;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Variables;

/**
 * Al cerrar las actividades 4, 5 y 6: "¿se solucionó?". Una incidencia no solucionada se escala a
 * terceros (actividad 8); una incidencia solucionada o un requerimiento pasa a la conformidad
 * (actividad 7). En una incidencia la respuesta es obligatoria; un requerimiento se da por
 * atendido.
 */
final class ReglaSolucionOEscalamiento {

  /** Lo que el técnico envió al cerrar la atención; {@code solucionado} es null si no respondió. */
  public record Atencion(
      TipoTicket tipo, Boolean solucionado, String detalle, boolean cambioEquipo) {}

  /** La decisión: si va a terceros, cómo queda {@code solucionado} y el texto para la historia. */
  public record Decision(
      boolean requiereTerceros, boolean solucionado, boolean cambioEquipo, String resumen) {}

  private ReglaSolucionOEscalamiento() {}

  /** Agrega a {@code errores} lo que falta en el resultado de la atención. */
  public static void validar(Atencion atencion, Errores errores) {
    if (atencion.tipo() == TipoTicket.INCIDENCIA && atencion.solucionado() == null) {
      errores.agregar(
          Variables.SOLUCIONADO, "es obligatorio en una incidencia: indique si se solucionó");
    }
    errores.siVacio(
        Variables.DETALLE_ATENCION,
        atencion.detalle(),
        "es obligatorio: describa la atención realizada");
  }

  /** La decisión para una atención ya validada. */
  public static Decision decidir(Atencion atencion) {
    boolean incidencia = atencion.tipo() == TipoTicket.INCIDENCIA;
    boolean requiereTerceros = incidencia && !atencion.solucionado();
    String resultado =
        requiereTerceros
            ? "Incidencia no solucionada: se escala a terceros"
            : (incidencia ? "Incidencia solucionada" : "Requerimiento atendido");
    // Un requerimiento sin respuesta se da por atendido; lo respondido se respeta.
    boolean solucionado = atencion.solucionado() == null || atencion.solucionado();
    return new Decision(
        requiereTerceros,
        solucionado,
        atencion.cambioEquipo(),
        resultado
            + (atencion.cambioEquipo() ? "; con cambio o asignación de equipo" : "")
            + ". "
            + atencion.detalle());
  }
}
