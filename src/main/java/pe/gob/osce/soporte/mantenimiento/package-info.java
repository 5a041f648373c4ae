/**
 * Actividades 23-25: el mantenimiento preventivo de CPU e impresoras (mantenimientoEquipos), su
 * programación, coordinación con el proveedor, verificación y archivo del reporte.
 */
package pe.gob.osce.soporte.mantenimiento;
