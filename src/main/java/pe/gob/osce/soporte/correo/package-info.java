/**
 * Correo de entrada y salida: lectura del buzón de la mesa de ayuda por IMAP (una vez por
 * Message-ID), envío por SMTP y el servidor embebido de la demo. No sabe de tickets: los recibe un
 * ReceptorCorreo.
 */
package pe.gob.osce.soporte.correo;
