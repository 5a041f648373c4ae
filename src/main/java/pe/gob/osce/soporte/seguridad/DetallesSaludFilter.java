package pe.gob.osce.soporte.seguridad;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /actuator/health} sin usuario sigue abierta (solo el estado). Con HTTP Basic, el usuario
 * del motor y sus grupos pasan a la petición como principal y roles: Actuator muestra el detalle
 * cuando uno de ellos está en {@code management.endpoint.health.roles} ({@code camunda-admin}). Una
 * clave equivocada responde 401 y pasa por {@code IdentityService#checkPassword}, que frena los
 * intentos repetidos.
 */
class DetallesSaludFilter extends OncePerRequestFilter {

  private final IdentityService identidades;

  DetallesSaludFilter(IdentityService identidades) {
    this.identidades = identidades;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain cadena)
      throws ServletException, IOException {
    String cabecera = request.getHeader("Authorization");
    if (cabecera == null || !cabecera.regionMatches(true, 0, "Basic ", 0, 6)) {
      cadena.doFilter(request, response);
      return;
    }
    String[] credenciales = credenciales(cabecera.substring(6).trim());
    if (credenciales == null || !identidades.checkPassword(credenciales[0], credenciales[1])) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"soporte-ti\"");
      response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
      return;
    }
    List<String> grupos =
        identidades.createGroupQuery().groupMember(credenciales[0]).list().stream()
            .map(Group::getId)
            .toList();
    cadena.doFilter(new ConUsuario(request, credenciales[0], grupos), response);
  }

  private static String[] credenciales(String base64) {
    try {
      String texto = new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
      int separador = texto.indexOf(':');
      return separador <= 0
          ? null
          : new String[] {texto.substring(0, separador), texto.substring(separador + 1)};
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** La petición con el usuario del motor como principal y sus grupos como roles. */
  private static final class ConUsuario extends HttpServletRequestWrapper {

    private final String usuario;
    private final List<String> grupos;

    ConUsuario(HttpServletRequest request, String usuario, List<String> grupos) {
      super(request);
      this.usuario = usuario;
      this.grupos = grupos;
    }

    @Override
    public Principal getUserPrincipal() {
      return () -> usuario;
    }

    @Override
    public String getRemoteUser() {
      return usuario;
    }

    @Override
    public boolean isUserInRole(String rol) {
      return grupos.contains(rol);
    }
  }
}
