package pe.gob.osce.soporte.seguridad;

import jakarta.servlet.Filter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Los filtros de seguridad, en este orden: límite del cuerpo (todo), freno de claves equivocadas
 * por dirección (toda forma de ingreso), HTTP Basic con los usuarios del motor (la API REST de
 * Camunda, la del proyecto y las métricas de Prometheus; el filtro de Camunda deja abierto solo
 * {@code GET /engine-rest/engine}) y la tabla de permisos por grupo ({@link PermisosApi}).
 */
@Configuration
class AutenticacionConfig {

  /**
   * La hora del motor como {@link Clock}: las pruebas mueven el freno junto con el motor
   * (ClockUtil).
   */
  static final Clock RELOJ_MOTOR =
      new Clock() {
        @Override
        public ZoneId getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zona) {
          return Clock.fixed(instant(), zona);
        }

        @Override
        public Instant instant() {
          return ClockUtil.getCurrentTime().toInstant();
        }
      };

  @Bean
  FrenoIngresos frenoIngresos(SeguridadProperties propiedades) {
    return new FrenoIngresos(propiedades.ingreso(), RELOJ_MOTOR);
  }

  @Bean
  FilterRegistrationBean<LimiteCuerpoFilter> limiteCuerpo(SeguridadProperties propiedades) {
    FilterRegistrationBean<LimiteCuerpoFilter> registro =
        new FilterRegistrationBean<>(new LimiteCuerpoFilter(propiedades.limiteCuerpo().toBytes()));
    registro.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registro;
  }

  /**
   * Después del ForwardedHeaderFilter de Spring (si se configuró), antes de cualquier
   * autenticación.
   */
  @Bean
  FilterRegistrationBean<FrenoIngresosFilter> frenoIngresosFiltro(FrenoIngresos freno) {
    FilterRegistrationBean<FrenoIngresosFilter> registro =
        new FilterRegistrationBean<>(new FrenoIngresosFilter(freno));
    registro.addUrlPatterns(
        "/engine-rest/*", "/api/*", "/actuator/*", FrenoIngresosFilter.INGRESO_WEBAPP + "*");
    registro.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registro;
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> autenticacionEngineRest() {
    return basic(new ProcessEngineAuthenticationFilter(), "/engine-rest", 1);
  }

  /**
   * @param conVigencia {@code camunda.bpm.webapp.auth.cache.ttl-enabled}: sin ella, la sesión se
   *     valida en cada petición
   * @param vigencia {@code camunda.bpm.webapp.auth.cache.time-to-live}, en milisegundos, como en
   *     Camunda
   */
  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> autenticacionApi(
      ProcessEngine motor,
      @Value("${camunda.bpm.webapp.auth.cache.ttl-enabled:true}") boolean conVigencia,
      @Value("${camunda.bpm.webapp.auth.cache.time-to-live:300000}") long vigencia) {
    return basic(new AutenticacionApiFilter(motor, conVigencia ? vigencia : 0), "/api", 2);
  }

  /**
   * Las métricas dicen cuántos tickets hay y cuánto tardan: solo las jefaturas. La salud queda
   * abierta.
   */
  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> autenticacionPrometheus() {
    return basic(new ProcessEngineAuthenticationFilter(), "/actuator/prometheus", 3);
  }

  @Bean
  FilterRegistrationBean<PermisosApiFilter> permisosApi(IdentityService identidades) {
    FilterRegistrationBean<PermisosApiFilter> registro =
        new FilterRegistrationBean<>(new PermisosApiFilter(identidades));
    registro.addUrlPatterns("/api/*", "/actuator/prometheus/*");
    registro.setOrder(4);
    return registro;
  }

  private static <F extends Filter> FilterRegistrationBean<F> basic(
      F filtro, String prefijo, int orden) {
    FilterRegistrationBean<F> registro = new FilterRegistrationBean<>(filtro);
    registro.setName("autenticacion" + prefijo.replace('/', '-'));
    registro.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registro.addInitParameter(ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, prefijo);
    registro.addUrlPatterns(prefijo + "/*");
    registro.setOrder(orden);
    return registro;
  }
}
