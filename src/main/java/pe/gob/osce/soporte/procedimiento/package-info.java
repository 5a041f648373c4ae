/**
 * Versiones del procedimiento desplegadas (GET /api/procedimiento) y la migración de las instancias
 * en curso a la versión vigente (POST /api/procedimiento/migraciones).
 */
package pe.gob.osce.soporte.procedimiento;
