package pe.gob.osce.soporte.correo;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Enlaza {@link CorreoProperties}, para que el paquete de correo funcione tanto si la aplicación
 * busca propiedades de configuración como si no, y ahorra a Jakarta Mail buscar su proveedor de
 * flujos en cada correo ({@link FlujosMime}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({CorreoProperties.class, EntradaCorreoProperties.class})
class CorreoConfig {

  CorreoConfig() {
    FlujosMime.fijarProveedor();
  }
}
