package pe.gob.osce.soporte.correo;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Enlaza {@link CorreoProperties}, para que el paquete de correo funcione tanto si la aplicación
 * busca propiedades de configuración como si no.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({CorreoProperties.class, EntradaCorreoProperties.class})
class CorreoConfig {}
