/**
 * Actividad 1 por correo: un correo nuevo del buzón abre un ticket y una respuesta va a la historia
 * del suyo (solicitante, proveedor o personal).
 */
package pe.gob.osce.soporte.ticket.correo;
