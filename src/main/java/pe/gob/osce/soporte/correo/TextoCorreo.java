package pe.gob.osce.soporte.correo;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Texto legible de las partes de un correo. Los juegos de caracteres se leen como los leen los
 * clientes de correo: ISO-8859-1 y US-ASCII declarados se decodifican como Windows-1252 (su
 * superconjunto, del que vienen las comillas tipográficas y el guion largo de Outlook), y sin juego
 * declarado o con uno desconocido se prueba UTF-8 y si no, Windows-1252. El HTML se convierte a
 * texto con jsoup: ninguna marca llega a un formulario.
 */
final class TextoCorreo {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextoCorreo() {}

  static String decodificar(byte[] bytes, String juego) {
    Charset declarado = juegoDeCaracteres(juego);
    if (declarado != null) {
      return new String(bytes, declarado);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, WINDOWS_1252);
    }
  }

  private static Charset juegoDeCaracteres(String nombre) {
    if (nombre == null || nombre.isBlank()) {
      return null;
    }
    String normal = nombre.trim().replace("\"", "").toLowerCase(Locale.ROOT);
    if (normal.equals("iso-8859-1")
        || normal.equals("latin1")
        || normal.equals("us-ascii")
        || normal.equals("ascii")
        || normal.equals("iso8859-1")
        || normal.equals("iso_8859-1")) {
      return WINDOWS_1252;
    }
    try {
      return Charset.forName(normal);
    } catch (IllegalArgumentException e) {
      return null; // juego desconocido: se adivina
    }
  }

  /** El texto visible de un HTML, con un salto de línea por párrafo, fila o {@code <br>}. */
  static String deHtml(String html) {
    Document documento = Jsoup.parse(html);
    documento.select("script, style, head, title").remove();
    StringBuilder texto = new StringBuilder();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node nodo, int profundidad) {
            if (nodo instanceof TextNode t) {
              texto.append(t.text());
            } else if (nodo instanceof Element e && (e.nameIs("br") || e.isBlock())) {
              texto.append('\n');
            }
          }

          @Override
          public void tail(Node nodo, int profundidad) {
            if (nodo instanceof Element e && e.isBlock() && !e.nameIs("br")) {
              texto.append('\n');
            }
          }
        },
        documento.body() != null ? documento.body() : documento);
    return normalizar(texto.toString());
  }

  /**
   * Saltos de línea Unix, sin espacios sobrantes al final de las líneas ni más de una línea en
   * blanco.
   */
  static String normalizar(String texto) {
    return texto
        .replace("\r\n", "\n")
        .replace('\r', '\n')
        .replace('\u00a0', ' ')
        .replaceAll("[ \\t]+\\n", "\n")
        .replaceAll("\\n{3,}", "\n\n")
        .strip();
  }
}
