package pe.gob.osce.soporte.seguridad;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * La API REST de Camunda, la del proyecto y las métricas de Prometheus piden HTTP Basic con los
 * usuarios del motor. El filtro de Camunda deja abierto solo {@code GET /engine-rest/engine} y frena
 * los intentos fallidos repetidos como lo hace el motor (login throttling de
 * {@code IdentityService#checkPassword}).
 */
@Configuration
class AutenticacionConfig {

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> autenticacionEngineRest() {
    return filtro(new ProcessEngineAuthenticationFilter(), "/engine-rest", 1);
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> autenticacionApi(ProcessEngine motor) {
    return filtro(new AutenticacionApiFilter(motor), "/api", 2);
  }

  /** Las métricas dicen cuántos tickets hay y cuánto tardan: solo con usuario del motor. La salud queda abierta. */
  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> autenticacionPrometheus() {
    return filtro(new ProcessEngineAuthenticationFilter(), "/actuator/prometheus", 3);
  }

  private static FilterRegistrationBean<ProcessEngineAuthenticationFilter> filtro(
      ProcessEngineAuthenticationFilter filtro, String prefijo, int orden) {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registro = new FilterRegistrationBean<>(filtro);
    registro.setName("autenticacion" + prefijo.replace('/', '-'));
    registro.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registro.addInitParameter(ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, prefijo);
    registro.addUrlPatterns(prefijo + "/*");
    registro.setOrder(orden);
    return registro;
  }
}
