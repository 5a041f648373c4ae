/**
 * Configuración del motor: despliegue de los modelos y formularios, revisión de lo que despliegan
 * los analistas y los plugins de validación e historial.
 */
package pe.gob.osce.soporte.config;
