package pe.gob.osce.soporte.ticket;

import pe.gob.osce.soporte.comun.Errores;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Variables;

/**
 * Actividad 4: "al finalizar, solicita a la/el usuaria/o validar la atención". Sin ese paso marcado
 * la atención remota no se completa.
 */
final class ReglaAtencionRemota {

  private ReglaAtencionRemota() {}

  public static void validar(Boolean validacionSolicitada, Errores errores) {
    if (!Boolean.TRUE.equals(validacionSolicitada)) {
      errores.agregar(
          Variables.VALIDACION_SOLICITADA,
          "es obligatorio: al finalizar se solicita a la/el usuaria/o validar la atención (actividad 4)");
    }
  }
}
