/**
 * Servicio "soporte-ti": el procedimiento PS01.01.01 "Soporte técnico y mantenimiento" sobre
 * Camunda 7. Cada subpaquete es una parte del procedimiento (ticket, cargo, equipo, mantenimiento)
 * o un servicio que estas usan.
 */
package pe.gob.osce.soporte;
