package pe.gob.osce.soporte.mantenimiento;

import java.time.LocalDate;
import pe.gob.osce.soporte.comun.Errores;
import pe.gob.osce.soporte.comun.FechaIso;
import pe.gob.osce.soporte.mantenimiento.MantenimientoEquiposProceso.Variables;

/**
 * Actividad 23: la coordinación con el/la proveedor/a de servicio TI nombra al/a la proveedor/a, la
 * fecha acordada y el medio ("Registro": correo o teléfono); por correo, con una dirección válida,
 * a la que se enviará la coordinación.
 */
final class ReglaCoordinacionMantenimiento {

  /** Lo enviado en la actividad 23, como texto: la regla explica cada valor que no sirve. */
  public record Coordinacion(
      String proveedor, String fechaProgramada, String medio, String correoProveedor) {}

  /** Lo acordado, ya validado; sin correo si se coordinó por teléfono. */
  public record Acordado(LocalDate programada, MedioCoordinacion medio, String correoProveedor) {}

  private ReglaCoordinacionMantenimiento() {}

  /** Agrega a {@code errores} cada problema; devuelve lo acordado (con null donde hubo error). */
  public static Acordado validar(Coordinacion c, Errores errores) {
    errores
        .siVacio(
            Variables.PROVEEDOR, c.proveedor(), "es obligatorio: el/la proveedor/a de servicio TI")
        .siLargo(Variables.PROVEEDOR, c.proveedor(), 200)
        .siVacio(
            Variables.FECHA_PROGRAMADA,
            c.fechaProgramada(),
            "es obligatoria: la fecha acordada con el/la proveedor/a");
    LocalDate programada =
        FechaIso.leer(Variables.FECHA_PROGRAMADA.nombre(), c.fechaProgramada(), errores);
    MedioCoordinacion medio = MedioCoordinacion.deCodigo(c.medio()).orElse(null);
    if (medio == null) {
      errores.agregar(
          Variables.MEDIO_COORDINACION,
          "indique cómo se coordinó: CORREO (correo electrónico) o TELEFONO");
    } else if (medio == MedioCoordinacion.CORREO) {
      errores
          .siVacio(
              Variables.CORREO_PROVEEDOR,
              c.correoProveedor(),
              "es obligatorio si se coordina por correo: se le" + " enviará la coordinación")
          .siCorreoInvalido(Variables.CORREO_PROVEEDOR, c.correoProveedor());
    }
    String correo =
        medio == MedioCoordinacion.CORREO && c.correoProveedor() != null
            ? c.correoProveedor().trim()
            : null;
    return new Acordado(programada, medio, correo);
  }
}
