/**
 * Actividades 10, 11 y 14: el cargo de asignación de equipos y su cargo firmado, y la consolidación
 * mensual que deriva los cargos a Patrimonio (consolidacionPatrimonio).
 */
package pe.gob.osce.soporte.cargo;
