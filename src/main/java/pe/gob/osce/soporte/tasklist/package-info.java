/**
 * Tasklist por rol: filtros iniciales de cada grupo y el plugin que nombra cada tarea con su ticket
 * o equipo y le fija el vencimiento.
 */
package pe.gob.osce.soporte.tasklist;
