package pe.gob.osce.soporte.mantenimiento;

import java.util.Arrays;
import java.util.Optional;

/**
 * Clases de equipos con mantenimiento preventivo (actividad 23): CPU cada año, impresoras cada 4
 * meses.
 */
public enum TipoEquipo {
  CPU("CPU", MantenimientoEquiposProceso.CLAVE_PROGRAMACION_CPU),
  IMPRESORA("Impresoras", MantenimientoEquiposProceso.CLAVE_PROGRAMACION_IMPRESORAS);

  private final String etiqueta;
  private final String programacion;

  TipoEquipo(String etiqueta, String programacion) {
    this.etiqueta = etiqueta;
    this.programacion = programacion;
  }

  public String etiqueta() {
    return etiqueta;
  }

  /** La clave del modelo cuyo temporizador programa el mantenimiento de esta clase. */
  public String programacion() {
    return programacion;
  }

  public static Optional<TipoEquipo> deCodigo(String codigo) {
    return Arrays.stream(values()).filter(t -> t.name().equals(codigo)).findFirst();
  }
}
