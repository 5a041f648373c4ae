package pe.gob.osce.soporte.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * La traducción de Tasklist y de la página de ingreso está completa: cada clave del en.json que
 * trae el jar de Camunda (camunda-webapp-webjar) está en nuestro es.json, con los mismos marcadores
 * {{...}}. Al subir de versión de Camunda, esta prueba dice qué etiquetas nuevas hay que traducir.
 */
class LocalesTasklistTest {

  private static final String RAIZ = "META-INF/resources/webjars/camunda/app/";
  private static final Pattern MARCADOR = Pattern.compile("\\{\\{\\s*(\\w+)\\s*}}");
  private final ObjectMapper json = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome"})
  void elCastellanoTieneCadaClaveDelIngles(String aplicacion) throws IOException {
    JsonNode ingles = leer(aplicacion, "en");
    JsonNode castellano = leer(aplicacion, "es");

    List<String> faltan = new ArrayList<>(claves(ingles, ""));
    faltan.removeAll(claves(castellano, ""));

    assertThat(ingles.path("labels").size())
        .as("etiquetas del en.json de Camunda")
        .isGreaterThan(100);
    assertThat(faltan)
        .as("claves de %s/locales/en.json que faltan en es.json", aplicacion)
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome"})
  void cadaEtiquetaConservaSusMarcadores(String aplicacion) throws IOException {
    JsonNode ingles = leer(aplicacion, "en").path("labels");
    JsonNode castellano = leer(aplicacion, "es").path("labels");
    List<String> distintos = new ArrayList<>();
    ingles
        .fieldNames()
        .forEachRemaining(
            clave -> {
              if (!marcadores(ingles.path(clave).asText())
                  .equals(marcadores(castellano.path(clave).asText()))) {
                distintos.add(clave);
              }
            });
    assertThat(distintos).as("etiquetas cuyos marcadores {{...}} no coinciden").isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome"})
  void fechasPeruanas(String aplicacion) throws IOException {
    JsonNode formatos = leer(aplicacion, "es").path("dateLocales").path("longDateFormat");
    assertThat(formatos.path("L").asText()).isEqualTo("DD/MM/YYYY");
    assertThat(formatos.path("LLL").asText()).isEqualTo("DD/MM/YYYY HH:mm");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome"})
  void elCastellanoEsElIdiomaPorDefecto(String aplicacion) throws IOException {
    assertThat(texto(RAIZ + aplicacion + "/scripts/config.js"))
        .contains("import castellano from '../../castellano.js'")
        .contains("...castellano");
    assertThat(texto(RAIZ + "castellano.js"))
        .contains("availableLocales: ['es']")
        .contains("fallbackLocale: 'es'");
  }

  private JsonNode leer(String aplicacion, String idioma) throws IOException {
    return json.readTree(
        texto(RAIZ + aplicacion + "/locales/" + idioma + ".json").replace("\uFEFF", ""));
  }

  /** El en.json viene del jar de Camunda; el es.json y el config.js, de este proyecto. */
  private static String texto(String ruta) throws IOException {
    List<URL> recursos =
        Collections.list(LocalesTasklistTest.class.getClassLoader().getResources(ruta));
    assertThat(recursos).as(ruta).isNotEmpty();
    try (InputStream entrada = recursos.get(0).openStream()) {
      return new String(entrada.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Set<String> claves(JsonNode nodo, String prefijo) {
    Set<String> claves = new TreeSet<>();
    nodo.fieldNames()
        .forEachRemaining(
            nombre -> {
              JsonNode hijo = nodo.path(nombre);
              claves.add(prefijo + nombre);
              if (hijo.isObject()) {
                claves.addAll(claves(hijo, prefijo + nombre + "."));
              }
            });
    return claves;
  }

  private static Set<String> marcadores(String etiqueta) {
    Set<String> nombres = new TreeSet<>();
    Matcher m = MARCADOR.matcher(etiqueta);
    while (m.find()) {
      nombres.add(m.group(1));
    }
    return nombres;
  }
}
