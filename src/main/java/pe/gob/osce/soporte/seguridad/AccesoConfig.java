package pe.gob.osce.soporte.seguridad;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Dos reglas de acceso que valen en todos los perfiles:
 *
 * <ul>
 *   <li>La configuración inicial de Camunda ({@code /camunda/api/admin/setup/{motor}/...}) responde
 *       403 siempre: el administrador lo crea el servicio al iniciar ({@link AdministradorInicial})
 *       o lo trae la demo; nadie se hace administrador desde el navegador.
 *   <li>{@code /actuator/health} sigue abierta para el balanceador ({@code {"status":"UP"}}), y
 *       muestra el detalle solo a {@code camunda-admin} ({@code management.endpoint.health.roles}),
 *       que entra con HTTP Basic ({@link DetallesSaludFilter}).
 * </ul>
 */
@Configuration
class AccesoConfig {

  static final String SETUP_CERRADO =
      "{\"type\":\"Forbidden\",\"message\":\"La configuración inicial de Camunda está "
          + "cerrada: el administrador se crea al iniciar el servicio (SOPORTE_ADMIN_USUARIO y SOPORTE_ADMIN_CLAVE).\"}";

  /** Antes que cualquier otro filtro, también antes del CSRF de las webapps. */
  @Bean
  FilterRegistrationBean<Filter> setupCerrado(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webapps) {
    Filter cerrado =
        (request, response, cadena) -> {
          HttpServletResponse respuesta = (HttpServletResponse) response;
          respuesta.setStatus(HttpServletResponse.SC_FORBIDDEN);
          respuesta.setContentType("application/json");
          respuesta.setCharacterEncoding(StandardCharsets.UTF_8.name());
          respuesta.getWriter().write(SETUP_CERRADO);
        };
    FilterRegistrationBean<Filter> registro = new FilterRegistrationBean<>(cerrado);
    registro.setName("setupCerrado");
    registro.addUrlPatterns(webapps + "/api/admin/setup/*");
    registro.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registro;
  }

  @Bean
  FilterRegistrationBean<DetallesSaludFilter> detallesSalud(IdentityService identidades) {
    FilterRegistrationBean<DetallesSaludFilter> registro =
        new FilterRegistrationBean<>(new DetallesSaludFilter(identidades));
    registro.setName("detallesSalud");
    registro.addUrlPatterns("/actuator/health", "/actuator/health/*");
    registro.setOrder(4);
    return registro;
  }
}
