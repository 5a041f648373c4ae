package pe.gob.osce.soporte.correo;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Binds {@link CorreoProperties}, so that the mail package works whether or not the application
 * scans for configuration properties.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({CorreoProperties.class, EntradaCorreoProperties.class})
class CorreoConfig {}
