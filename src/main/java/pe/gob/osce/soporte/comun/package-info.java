/**
 * Piezas comunes a todas las partes: errores de validación en castellano, reloj del motor, plazos,
 * correlativos, lectura de variables, descargas y el arranque exclusivo en un clúster.
 */
package pe.gob.osce.soporte.comun;
