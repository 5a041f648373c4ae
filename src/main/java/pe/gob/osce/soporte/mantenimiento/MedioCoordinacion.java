package pe.gob.osce.soporte.mantenimiento;

import java.util.Arrays;
import java.util.Optional;

/**
 * Actividad 23, columna "Registro": la coordinación con el/la proveedor/a es por correo o por
 * teléfono.
 */
enum MedioCoordinacion {
  CORREO("correo electrónico"),
  TELEFONO("teléfono");

  private final String etiqueta;

  MedioCoordinacion(String etiqueta) {
    this.etiqueta = etiqueta;
  }

  public String etiqueta() {
    return etiqueta;
  }

  public static Optional<MedioCoordinacion> deCodigo(String codigo) {
    return Arrays.stream(values()).filter(m -> m.name().equals(codigo)).findFirst();
  }
}
