/**
 * Perfil ldap: usuarios y grupos desde el directorio de la institución (solo lectura), con su
 * administrador inicial y la respuesta cuando el directorio no está disponible.
 */
package pe.gob.osce.soporte.seguridad.directorio;
