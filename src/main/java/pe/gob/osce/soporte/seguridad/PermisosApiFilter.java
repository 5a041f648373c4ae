package pe.gob.osce.soporte.seguridad;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Después de la autenticación (HTTP Basic o sesión de Tasklist/Cockpit): aplica {@link PermisosApi}
 * con los grupos del usuario autenticado y responde 403 en castellano a quien no está en la fila.
 */
class PermisosApiFilter extends OncePerRequestFilter {

  private final IdentityService identidades;

  PermisosApiFilter(IdentityService identidades) {
    this.identidades = identidades;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest pedido, HttpServletResponse respuesta, FilterChain cadena)
      throws ServletException, IOException {
    Authentication usuario = identidades.getCurrentAuthentication();
    List<String> grupos =
        usuario == null || usuario.getGroupIds() == null ? List.of() : usuario.getGroupIds();
    String ruta =
        pedido.getServletPath() + (pedido.getPathInfo() == null ? "" : pedido.getPathInfo());
    Optional<String> negado =
        usuario == null || usuario.getUserId() == null
            ? Optional.of("Esta ruta pide un usuario autenticado.")
            : PermisosApi.negado(pedido.getMethod(), ruta, grupos);
    if (negado.isPresent()) {
      RespuestaError.escribir(respuesta, HttpServletResponse.SC_FORBIDDEN, negado.get());
      return;
    }
    cadena.doFilter(pedido, respuesta);
  }
}
