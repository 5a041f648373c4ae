package pe.gob.osce.soporte.seguridad.directorio;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Directorio caído: 503 con un mensaje en castellano y sin traza, en vez de un 500. Envuelve a los
 * filtros de autenticación ({@code /engine-rest}, {@code /api}, métricas, sesión de las webapps),
 * que son los que preguntan al directorio. El ingreso por la página de Tasklist, Cockpit o Admin se
 * atiende dentro de Jersey, que convertiría la falla en 500: ahí se comprueba antes que el
 * directorio responda. La página de ingreso muestra el campo {@code message}; la API del proyecto
 * usa {@code mensaje}.
 */
class DirectorioCaidoFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(DirectorioCaidoFilter.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Directorio directorio;

  DirectorioCaidoFilter(Directorio directorio) {
    this.directorio = directorio;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest pedido, HttpServletResponse respuesta, FilterChain cadena)
      throws ServletException, IOException {
    try {
      if (esIngresoWebapp(pedido)) {
        directorio.comprobarConexion();
      }
      cadena.doFilter(pedido, respuesta);
    } catch (RuntimeException | ServletException | IOException e) {
      if (!DirectorioNoDisponibleException.esCausa(e) || respuesta.isCommitted()) {
        throw e;
      }
      LOG.warn(
          "Directorio no disponible en {} {}: {}",
          pedido.getMethod(),
          pedido.getRequestURI(),
          causaRaiz(e));
      respuesta.resetBuffer();
      respuesta.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
      respuesta.setHeader("Retry-After", "30");
      respuesta.setContentType(MediaType.APPLICATION_JSON_VALUE);
      respuesta.setCharacterEncoding(StandardCharsets.UTF_8.name());
      JSON.writeValue(
          respuesta.getOutputStream(),
          Map.of(
              "type",
              "DirectorioNoDisponible",
              "message",
              DirectorioNoDisponibleException.MENSAJE,
              "mensaje",
              DirectorioNoDisponibleException.MENSAJE));
    }
  }

  /**
   * POST .../api/admin/auth/user/{motor}/login/{app}: el formulario de ingreso de las webapps de
   * Camunda.
   */
  private static boolean esIngresoWebapp(HttpServletRequest pedido) {
    String ruta = pedido.getRequestURI();
    return "POST".equals(pedido.getMethod())
        && ruta.contains("/api/admin/auth/user/")
        && ruta.contains("/login/");
  }

  private static String causaRaiz(Throwable e) {
    Throwable raiz = e;
    while (raiz.getCause() != null && raiz.getCause() != raiz) {
      raiz = raiz.getCause();
    }
    return raiz.toString();
  }
}
