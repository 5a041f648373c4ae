package pe.gob.osce.soporte.ticket;

import pe.gob.osce.soporte.comun.Errores;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Variables;

/**
 * Actividad 6, en un desplazamiento: el procedimiento exige revisar la conexión eléctrica (si
 * falta, comunicar a Servicios Generales) y la de red (si falta, instalar una tarjeta inalámbrica
 * del stock o, sin stock, coordinar su adquisición). Cada casilla es null si el formulario no la
 * marcó.
 */
final class ReglaAtencionPresencial {

  /** El checklist del desplazamiento tal como llegó del formulario. */
  public record Desplazamiento(
      Boolean conexionElectrica,
      Boolean servGeneralesComunicado,
      Boolean conexionRed,
      Boolean tarjetaEnStock,
      Boolean tarjetaInstalada,
      Boolean adquisicionCoordinada) {}

  private ReglaAtencionPresencial() {}

  /** Agrega a {@code errores} cada paso del desplazamiento que falta, con el campo que lo pide. */
  public static void validar(Desplazamiento d, Errores errores) {
    if (d.conexionElectrica() == null) {
      errores.agregar(
          Variables.CONEXION_ELECTRICA, "indique si hay conexión eléctrica en el nuevo lugar");
    } else if (!d.conexionElectrica() && !Boolean.TRUE.equals(d.servGeneralesComunicado())) {
      errores.agregar(
          Variables.SERV_GENERALES_COMUNICADO,
          "sin conexión eléctrica se debe comunicar a Servicios Generales");
    }
    if (d.conexionRed() == null) {
      errores.agregar(Variables.CONEXION_RED, "indique si hay punto de red en el nuevo lugar");
    } else if (!d.conexionRed()) {
      if (d.tarjetaEnStock() == null) {
        errores.agregar(
            Variables.TARJETA_INALAMBRICA_STOCK,
            "sin punto de red, indique si hay tarjetas inalámbricas en stock");
      } else if (d.tarjetaEnStock() && !Boolean.TRUE.equals(d.tarjetaInstalada())) {
        errores.agregar(Variables.TARJETA_INSTALADA, "hay tarjetas en stock: se debe instalar una");
      } else if (!d.tarjetaEnStock() && !Boolean.TRUE.equals(d.adquisicionCoordinada())) {
        errores.agregar(
            Variables.ADQUISICION_COORDINADA,
            "sin stock de tarjetas se debe coordinar su adquisición");
      }
    }
  }
}
