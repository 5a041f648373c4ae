package pe.gob.osce.soporte.correo;

/**
 * Un mensaje del buzón que no se puede leer o no sirve para un ticket: va a la carpeta de errores.
 */
class MensajeIlegibleException extends Exception {

  MensajeIlegibleException(String mensaje) {
    super(mensaje);
  }

  MensajeIlegibleException(String mensaje, Throwable causa) {
    super(mensaje, causa);
  }
}
