package pe.gob.osce.soporte.correo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Una plantilla de correo de {@code src/main/resources/correos/<proceso>/}: la primera línea es
 * "Asunto: ...", luego una línea en blanco y el cuerpo tal cual se envía. Los marcadores {@code
 * {nombre}} se reemplazan en una sola pasada (un valor que trae llaves no se vuelve a leer); si
 * falta o sobra un valor, el error lo nombra, para que ningún correo salga a medio escribir.
 */
public final class PlantillaCorreo {

  private static final Pattern MARCADOR = Pattern.compile("\\{([A-Za-z]+)\\}");
  private static final String ASUNTO = "Asunto: ";

  private final String recurso;
  private final String asunto;
  private final String cuerpo;

  private PlantillaCorreo(String recurso, String asunto, String cuerpo) {
    this.recurso = recurso;
    this.asunto = asunto;
    this.cuerpo = cuerpo;
  }

  /** Lee la plantilla del classpath, por ejemplo {@code correos/atencionTicket/derivacion.txt}. */
  public static PlantillaCorreo cargar(String recurso) {
    try (InputStream entrada = PlantillaCorreo.class.getResourceAsStream("/" + recurso)) {
      if (entrada == null) {
        throw new IllegalStateException("No existe la plantilla de correo " + recurso);
      }
      return leer(recurso, new String(entrada.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("No se pudo leer la plantilla de correo " + recurso, e);
    }
  }

  static PlantillaCorreo leer(String recurso, String texto) {
    String normal = texto.replace("\r\n", "\n");
    int corte = normal.indexOf("\n\n");
    if (!normal.startsWith(ASUNTO) || corte < 0) {
      throw new IllegalStateException(
          "La plantilla de correo "
              + recurso
              + " debe empezar con 'Asunto: ...' y una línea en blanco antes del cuerpo");
    }
    return new PlantillaCorreo(
        recurso, normal.substring(ASUNTO.length(), corte), normal.substring(corte + 2));
  }

  /** Los nombres de los marcadores del asunto y del cuerpo, en el orden en que aparecen. */
  public Set<String> marcadores() {
    Set<String> nombres = new LinkedHashSet<>();
    for (String parte : new String[] {asunto, cuerpo}) {
      Matcher m = MARCADOR.matcher(parte);
      while (m.find()) {
        nombres.add(m.group(1));
      }
    }
    return nombres;
  }

  /** Un borrador con el primer valor; los demás se añaden con {@link Borrador#con}. */
  public Borrador con(String marcador, Object valor) {
    return new Borrador().con(marcador, valor);
  }

  /** El asunto y el cuerpo ya redactados. */
  public record Redaccion(String asunto, String cuerpo) {}

  /**
   * Los valores de una redacción; un valor nulo se escribe "null", como lo hacía String.formatted.
   */
  public final class Borrador {

    private final Map<String, String> valores = new LinkedHashMap<>();

    private Borrador() {}

    public Borrador con(String marcador, Object valor) {
      valores.put(marcador, String.valueOf(valor));
      return this;
    }

    public Redaccion redactar() {
      Set<String> sobran = new LinkedHashSet<>(valores.keySet());
      sobran.removeAll(marcadores());
      if (!sobran.isEmpty()) {
        throw new IllegalArgumentException(
            "La plantilla de correo " + recurso + " no tiene los marcadores " + sobran);
      }
      return new Redaccion(reemplazar(asunto), reemplazar(cuerpo));
    }

    private String reemplazar(String parte) {
      Matcher m = MARCADOR.matcher(parte);
      StringBuilder texto = new StringBuilder();
      while (m.find()) {
        String valor = valores.get(m.group(1));
        if (valor == null) {
          throw new IllegalArgumentException(
              "Falta el valor de {" + m.group(1) + "} en la plantilla de correo " + recurso);
        }
        m.appendReplacement(texto, Matcher.quoteReplacement(valor));
      }
      m.appendTail(texto);
      return texto.toString();
    }
  }
}
