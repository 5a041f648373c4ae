package pe.gob.osce.soporte.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * La misma llamada que hace "Deploy to Camunda 7" de Camunda Modeler: multipart a
 * /engine-rest/deployment/create.
 */
public final class DesdeModeler {

  private DesdeModeler() {}

  public static String recurso(String ruta) {
    try {
      return new String(
          new ClassPathResource(ruta).getContentAsByteArray(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * El modelo empaquetado de atencionTicket como lo editaría el analista: formularios enlazados a
   * la última versión ({@code latest}) y la etiqueta de versión dada.
   */
  public static String atencionTicket(String etiqueta) {
    return recurso("bpmn/atencionTicket.bpmn")
        .replace("camunda:formRefBinding=\"deployment\"", "camunda:formRefBinding=\"latest\"")
        .replaceAll(" camunda:versionTag=\"[^\"]*\"", "")
        .replace(
            "<bpmn:process id=\"atencionTicket\"",
            "<bpmn:process id=\"atencionTicket\" camunda:versionTag=\"" + etiqueta + "\"");
  }

  /**
   * Despliega los archivos (nombre → contenido) como el analista; el cuerpo es el JSON de Camunda.
   */
  public static ResponseEntity<Map> desplegar(
      TestRestTemplate http, String usuario, String nombre, Map<String, String> archivos) {
    MultiValueMap<String, Object> partes = new LinkedMultiValueMap<>();
    partes.add("deployment-name", nombre);
    partes.add("deploy-changed-only", "true");
    partes.add("deployment-source", "Camunda Modeler");
    archivos.forEach(
        (archivo, contenido) ->
            partes.add(
                archivo,
                new ByteArrayResource(contenido.getBytes(StandardCharsets.UTF_8)) {
                  @Override
                  public String getFilename() {
                    return archivo;
                  }
                }));
    HttpHeaders cabeceras = new HttpHeaders();
    cabeceras.setContentType(MediaType.MULTIPART_FORM_DATA);
    return http.withBasicAuth(usuario, "demo")
        .postForEntity(
            "/engine-rest/deployment/create", new HttpEntity<>(partes, cabeceras), Map.class);
  }
}
