package pe.gob.osce.soporte.seguridad;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ningún cuerpo de petición pasa de {@code soporte.seguridad.limite-cuerpo}, tampoco en {@code
 * /engine-rest} (las subidas de Camunda, variables de archivo y despliegues, no pasan por los
 * límites de multipart de Spring): con {@code Content-Length} mayor se responde 413 sin leer nada;
 * un cuerpo sin él (chunked) se lee aquí contando los bytes, y solo si cabe llega a quien lo
 * procesa. Así nada se procesa ni se guarda a medias. Los formularios (x-www-form-urlencoded) los
 * lee Tomcat, con su propio límite ({@code maxPostSize}, 2 MB).
 */
class LimiteCuerpoFilter extends OncePerRequestFilter {

  private final long limite;

  LimiteCuerpoFilter(long limite) {
    this.limite = limite;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest pedido, HttpServletResponse respuesta, FilterChain cadena)
      throws ServletException, IOException {
    if (pedido.getContentLengthLong() > limite) {
      // Se cierra la conexión: Tomcat no tiene que tragarse un cuerpo que no se va a leer.
      respuesta.setHeader("Connection", "close");
      rechazar(respuesta);
      return;
    }
    if (pedido.getContentLengthLong() < 0
        && pedido.getHeader("Transfer-Encoding") != null
        && !esFormulario(pedido)) {
      byte[] cuerpo = leerHastaElLimite(pedido.getInputStream());
      if (cuerpo == null) {
        rechazar(respuesta);
        return;
      }
      cadena.doFilter(new CuerpoLeido(pedido, cuerpo), respuesta);
      return;
    }
    cadena.doFilter(pedido, respuesta);
  }

  private void rechazar(HttpServletResponse respuesta) throws IOException {
    RespuestaError.escribir(
        respuesta,
        HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
        "El cuerpo de la petición pasa del límite de " + mb(limite) + "; no se registró nada.");
  }

  /** El cuerpo entero, o null si pasa del límite (se deja de leer ahí). */
  private byte[] leerHastaElLimite(InputStream entrada) throws IOException {
    ByteArrayOutputStream leido = new ByteArrayOutputStream();
    byte[] bloque = new byte[64 * 1024];
    for (int n = entrada.read(bloque); n >= 0; n = entrada.read(bloque)) {
      if (leido.size() + (long) n > limite) {
        return null;
      }
      leido.write(bloque, 0, n);
    }
    return leido.toByteArray();
  }

  private static boolean esFormulario(HttpServletRequest pedido) {
    String tipo = pedido.getContentType();
    return tipo != null
        && tipo.toLowerCase().startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
  }

  static String mb(long bytes) {
    return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
  }

  /** La petición con su cuerpo ya leído y dentro del límite. */
  private static final class CuerpoLeido extends HttpServletRequestWrapper {

    private final byte[] cuerpo;

    CuerpoLeido(HttpServletRequest pedido, byte[] cuerpo) {
      super(pedido);
      this.cuerpo = cuerpo;
    }

    @Override
    public int getContentLength() {
      return cuerpo.length;
    }

    @Override
    public long getContentLengthLong() {
      return cuerpo.length;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream datos = new ByteArrayInputStream(cuerpo);
      return new ServletInputStream() {
        @Override
        public int read() {
          return datos.read();
        }

        @Override
        public int read(byte[] destino, int desde, int cuantos) {
          return datos.read(destino, desde, cuantos);
        }

        @Override
        public boolean isFinished() {
          return datos.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener oyente) {
          throw new IllegalStateException("El cuerpo ya está leído: no hay lectura asíncrona");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String codificacion = getCharacterEncoding();
      Charset juego =
          codificacion == null ? StandardCharsets.ISO_8859_1 : Charset.forName(codificacion);
      return new BufferedReader(new InputStreamReader(getInputStream(), juego));
    }
  }
}
