/**
 * Actividades 1-13: el registro "Actividades de soporte", la atención de un ticket
 * (atencionTicket), el escalamiento al proveedor (reportarErrorProveedor) y su API REST.
 */
package pe.gob.osce.soporte.ticket;
