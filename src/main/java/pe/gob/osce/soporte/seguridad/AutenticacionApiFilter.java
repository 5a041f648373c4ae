package pe.gob.osce.soporte.seguridad;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * HTTP Basic para {@code /api}, y además, solo en lecturas (GET), la sesión de Tasklist: así el
 * enlace "Descargar el cargo" de un formulario abre el PDF sin volver a pedir la clave. Las
 * escrituras siguen pidiendo HTTP Basic, para que una página ajena no pueda usar la sesión. La
 * sesión se vuelve a validar contra el motor como lo hace el filtro de las aplicaciones de Camunda
 * ({@code camunda.bpm.webapp.auth.cache.time-to-live}, 5 minutos): un usuario borrado pierde la
 * sesión y uno que cambió de grupos entra con sus grupos nuevos, aunque solo use {@code /api}.
 */
class AutenticacionApiFilter extends ProcessEngineAuthenticationFilter {

  private final ProcessEngine motor;
  private final long vigenciaSesion;

  /**
   * @param vigenciaSesion milisegundos entre dos validaciones de la sesión; 0, en cada petición
   */
  AutenticacionApiFilter(ProcessEngine motor, long vigenciaSesion) {
    this.motor = motor;
    this.vigenciaSesion = vigenciaSesion;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    UserAuthentication sesion = usuarioDeSesion((HttpServletRequest) request);
    if (sesion == null) {
      super.doFilter(request, response, chain);
      return;
    }
    try {
      motor
          .getIdentityService()
          .setAuthentication(sesion.getIdentityId(), sesion.getGroupIds(), sesion.getTenantIds());
      chain.doFilter(request, response);
    } finally {
      motor.getIdentityService().clearAuthentication();
    }
  }

  private UserAuthentication usuarioDeSesion(HttpServletRequest request) {
    HttpSession sesion = request.getSession(false);
    if (!"GET".equals(request.getMethod())
        || sesion == null
        || request.getHeader("Authorization") != null) {
      return null;
    }
    Authentications autenticaciones = AuthenticationUtil.getAuthsFromSession(sesion);
    AuthenticationUtil.updateCache(autenticaciones, sesion, vigenciaSesion);
    AuthenticationUtil.updateSession(sesion, autenticaciones);
    Authentication autenticacion =
        autenticaciones.getAuthenticationForProcessEngine(motor.getName());
    return autenticacion instanceof UserAuthentication usuario ? usuario : null;
  }
}
