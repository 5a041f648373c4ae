package pe.gob.osce.soporte.documento;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Registra las propiedades de esta parte aunque la aplicación no escanee @ConfigurationProperties.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DocumentosProperties.class)
class DocumentosConfig {}
