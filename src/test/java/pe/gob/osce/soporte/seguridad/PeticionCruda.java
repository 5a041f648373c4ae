package pe.gob.osce.soporte.seguridad;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Una petición HTTP/1.1 escrita a mano sobre un socket: así una prueba puede anunciar un
 * Content-Length que no envía o mandar el cuerpo en trozos (chunked) sin Content-Length.
 */
final class PeticionCruda {

  record Respuesta(int estado, String texto) {}

  /** Escribe el cuerpo; puede fallar si el servidor ya respondió y cerró. */
  interface Cuerpo {
    void escribir(OutputStream salida) throws IOException;
  }

  private PeticionCruda() {}

  static String basic(String usuario, String clave) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((usuario + ":" + clave).getBytes(StandardCharsets.UTF_8));
  }

  static Respuesta enviar(int puerto, String lineaYCabeceras, Cuerpo cuerpo) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", puerto)) {
      socket.setSoTimeout(60_000);
      OutputStream salida = socket.getOutputStream();
      salida.write(
          (lineaYCabeceras + "Host: 127.0.0.1\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      try {
        cuerpo.escribir(salida);
        salida.flush();
      } catch (IOException e) {
        // el servidor dejó de leer: se lee lo que haya respondido
      }
      return leer(socket.getInputStream());
    }
  }

  /**
   * La cabecera y el cuerpo; con Content-Length se lee solo eso, sin esperar a que el servidor
   * cierre.
   */
  private static Respuesta leer(InputStream entrada) throws IOException {
    ByteArrayOutputStream leido = new ByteArrayOutputStream();
    int b;
    while (!leido.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")
        && (b = entrada.read()) >= 0) {
      leido.write(b);
    }
    String cabecera = leido.toString(StandardCharsets.ISO_8859_1);
    Matcher largo = Pattern.compile("(?i)\r\ncontent-length: *(\\d+)").matcher(cabecera);
    byte[] cuerpo =
        largo.find()
            ? entrada.readNBytes(Integer.parseInt(largo.group(1)))
            : entrada.readAllBytes();
    return new Respuesta(
        Integer.parseInt(cabecera.substring(9, 12)),
        cabecera + new String(cuerpo, StandardCharsets.UTF_8));
  }

  /**
   * El cuerpo en trozos de {@code trozo} bytes: {@code prefijo}, relleno hasta {@code total} y
   * {@code sufijo}.
   */
  static Cuerpo enTrozos(byte[] prefijo, long total, byte[] sufijo, int trozo) {
    return salida -> {
      escribirTrozo(salida, prefijo);
      long relleno = total - prefijo.length - sufijo.length;
      byte[] bloque = new byte[trozo];
      java.util.Arrays.fill(bloque, (byte) 'x');
      for (long escritos = 0; escritos < relleno; escritos += trozo) {
        escribirTrozo(
            salida,
            relleno - escritos >= trozo
                ? bloque
                : java.util.Arrays.copyOf(bloque, (int) (relleno - escritos)));
      }
      escribirTrozo(salida, sufijo);
      salida.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    };
  }

  private static void escribirTrozo(OutputStream salida, byte[] datos) throws IOException {
    if (datos.length == 0) {
      return;
    }
    salida.write(
        (Integer.toHexString(datos.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    salida.write(datos);
    salida.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
  }
}
