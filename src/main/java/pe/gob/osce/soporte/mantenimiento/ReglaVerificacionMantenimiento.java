package pe.gob.osce.soporte.mantenimiento;

import java.util.List;
import pe.gob.osce.soporte.comun.Errores;
import pe.gob.osce.soporte.mantenimiento.MantenimientoEquiposProceso.Variables;

/**
 * Actividad 24: pasadas las 48 horas, ¿la PC o impresora tuvo desperfectos? Sí: se describen y se
 * nombran cuáles, entre las atendidas en este mantenimiento, y se coordina de nuevo (23).
 */
final class ReglaVerificacionMantenimiento {

  /** Lo enviado en la actividad 24 y los equipos que el/la proveedor/a atendió (actividad 23). */
  public record Verificacion(
      Boolean erroresDetectados,
      String resultado,
      List<String> conErrores,
      List<String> atendidos) {}

  private ReglaVerificacionMantenimiento() {}

  public static void validar(Verificacion v, Errores errores) {
    errores.siLargo(Variables.RESULTADO_VERIFICACION, v.resultado(), 1500);
    if (v.erroresDetectados() == null) {
      errores.agregar(Variables.ERRORES_DETECTADOS, "indique si se detectó errores");
    } else if (v.erroresDetectados()) {
      errores.siVacio(
          Variables.RESULTADO_VERIFICACION,
          v.resultado(),
          "describa los errores detectados: se coordinará de nuevo con el/la proveedor/a");
      List<String> ajenos =
          v.conErrores().stream().filter(c -> !v.atendidos().contains(c)).toList();
      if (v.conErrores().isEmpty()) {
        errores.agregar(
            Variables.EQUIPOS_CON_ERRORES,
            "indique qué PC o impresoras tuvieron desperfectos (códigos"
                + " patrimoniales entre los atendidos: "
                + String.join(", ", v.atendidos())
                + ")");
      } else if (!ajenos.isEmpty()) {
        errores.agregar(
            Variables.EQUIPOS_CON_ERRORES,
            String.join(", ", ajenos)
                + " no está entre los equipos atendidos"
                + " en este mantenimiento ("
                + String.join(", ", v.atendidos())
                + ")");
      }
    }
  }

  /** Los equipos que quedan anotados con errores: ninguno si no se detectaron. */
  public static List<String> anotados(Verificacion v) {
    return v.erroresDetectados() ? v.conErrores() : List.of();
  }

  /** El resultado para el registro y la historia del mantenimiento. */
  public static String texto(Verificacion v) {
    return v.erroresDetectados()
        ? "Con errores en " + String.join(", ", anotados(v)) + ": " + v.resultado()
        : "Sin errores" + (v.resultado() == null ? "" : ": " + v.resultado());
  }
}
