package pe.gob.osce.soporte.seguridad.directorio;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * El directorio no respondió (caído, inalcanzable, lento) o rechazó la cuenta de servicio. No es
 * una clave errada: quien llama recibe 503 con {@link #MENSAJE}, no un 401 ni un 500.
 */
class DirectorioNoDisponibleException extends ProcessEngineException {

  public static final String MENSAJE =
      "El directorio de usuarios (Directorio Activo) no responde en este momento; "
          + "no se puede comprobar su usuario y clave. Intente de nuevo en unos minutos o avise a la mesa de ayuda.";

  DirectorioNoDisponibleException(Throwable causa) {
    super(MENSAJE, causa);
  }

  /** La excepción, o una de sus causas, dice que el directorio no está disponible. */
  static boolean esCausa(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof DirectorioNoDisponibleException) {
        return true;
      }
    }
    return false;
  }
}
