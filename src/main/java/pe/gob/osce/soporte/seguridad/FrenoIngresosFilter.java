package pe.gob.osce.soporte.seguridad;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Delante de toda forma de ingreso con clave (HTTP Basic de {@code /engine-rest}, {@code /api} y
 * {@code /actuator}; el formulario de ingreso de Tasklist, Cockpit y Admin): si la dirección de
 * origen está frenada responde 429 sin mirar la clave; si no, deja pasar y cuenta un 401 como clave
 * equivocada. La dirección es {@code getRemoteAddr()}: detrás de un proxy, la del cliente solo si
 * {@code server.forward-headers-strategy} está configurado (si no, todos comparten la del proxy).
 */
class FrenoIngresosFilter extends OncePerRequestFilter {

  /**
   * El formulario de ingreso de las aplicaciones de Camunda: POST
   * .../auth/user/{motor}/login/{app}.
   */
  static final String INGRESO_WEBAPP = "/camunda/api/admin/auth/user/";

  private final FrenoIngresos freno;

  FrenoIngresosFilter(FrenoIngresos freno) {
    this.freno = freno;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest pedido, HttpServletResponse respuesta, FilterChain cadena)
      throws ServletException, IOException {
    if (!esIntentoDeIngreso(pedido)) {
      cadena.doFilter(pedido, respuesta);
      return;
    }
    String direccion = pedido.getRemoteAddr();
    Optional<Duration> espera = freno.espera(direccion);
    if (espera.isPresent()) {
      long segundos = Math.max(1, (espera.get().toMillis() + 999) / 1000);
      respuesta.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(segundos));
      RespuestaError.escribir(
          respuesta,
          429,
          "Demasiadas claves equivocadas desde esta dirección. "
              + "Vuelva a intentarlo en "
              + segundos
              + " segundos.");
      return;
    }
    cadena.doFilter(pedido, respuesta);
    if (respuesta.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
      freno.fallo(direccion);
    }
  }

  private static boolean esIntentoDeIngreso(HttpServletRequest pedido) {
    String ruta = pedido.getRequestURI().substring(pedido.getContextPath().length());
    if (ruta.startsWith(INGRESO_WEBAPP)) {
      return "POST".equals(pedido.getMethod()) && ruta.contains("/login/");
    }
    return pedido.getHeader(HttpHeaders.AUTHORIZATION) != null;
  }
}
