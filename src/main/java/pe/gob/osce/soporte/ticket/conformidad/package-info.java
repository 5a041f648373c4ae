/**
 * Actividades 7 y 9: los enlaces firmados del correo de conformidad ("Conforme con la atención",
 * "Reportar un problema"), que se usan sin usuario ni clave.
 */
package pe.gob.osce.soporte.ticket.conformidad;
