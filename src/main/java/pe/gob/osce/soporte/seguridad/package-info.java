/**
 * Usuarios, grupos y autorizaciones de Camunda (cada parte declara quién inicia sus procesos),
 * acceso HTTP Basic a /api y /engine-rest, permisos por ruta, freno de ingresos y reglas de
 * producción.
 */
package pe.gob.osce.soporte.seguridad;
