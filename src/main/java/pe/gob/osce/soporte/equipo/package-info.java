/**
 * Actividades 15-22: el registro de equipos (alta, baja y traslado), el ciclo de vida del equipo
 * devuelto (cicloVidaEquipo) y el informe de baja de varios bienes (bajaBienes).
 */
package pe.gob.osce.soporte.equipo;
