package pe.gob.osce.soporte.config;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Despliega los modelos de {@code bpmn/} y los formularios de Camunda de {@code forms/} con nombres
 * estables ("forms/A12_CerrarTicket.form"); el autodespliegue del starter los nombraría con la ruta
 * absoluta del disco, o solo con el nombre del archivo dentro del jar. Los formularios HTML
 * embebidos no se despliegan: los sirve el servicio ({@link FormulariosEmbebidos}).
 *
 * <p>Un modelo empaquetado se despliega solo si cambió desde su último despliegue empaquetado
 * (fuente {@value #NOMBRE}): así reiniciar no reemplaza la versión más nueva que un analista
 * desplegó desde Camunda Modeler. Si el empaquetado sí cambió, gana y el registro dice qué versión
 * reemplazó. Con un modelo van todos los formularios (los del binding {@code deployment} deben
 * estar en su despliegue); un modelo que usa un formulario cambiado cuenta como cambiado.
 */
@Component
class DespliegueModelos implements InitializingBean {

  static final String NOMBRE = "soporte-ti";
  private static final List<String> PATRONES = List.of("bpmn/*.bpmn", "bpmn/*.dmn", "forms/*.form");
  private static final Pattern PROCESO =
      Pattern.compile("<(?:\\w+:)?process\\s[^>]*?\\bid=\"([^\"]+)\"");
  private static final Pattern ID_FORMULARIO = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
  private static final Logger LOG = LoggerFactory.getLogger(DespliegueModelos.class);

  private final RepositoryService repositorio;

  DespliegueModelos(RepositoryService repositorio) {
    this.repositorio = repositorio;
  }

  @Override
  public void afterPropertiesSet() {
    desplegar(empaquetados());
  }

  /** Los recursos del jar, por nombre estable. */
  static Map<String, byte[]> empaquetados() {
    PathMatchingResourcePatternResolver buscador = new PathMatchingResourcePatternResolver();
    Map<String, byte[]> recursos = new LinkedHashMap<>();
    try {
      for (String patron : PATRONES) {
        String carpeta = patron.substring(0, patron.indexOf('/') + 1);
        for (Resource recurso : buscador.getResources("classpath*:" + patron)) {
          try (InputStream entrada = recurso.getInputStream()) {
            recursos.put(carpeta + recurso.getFilename(), entrada.readAllBytes());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return recursos;
  }

  /**
   * Despliega lo que cambió desde el último despliegue empaquetado de cada recurso; vacío si nada
   * cambió.
   */
  Optional<Deployment> desplegar(Map<String, byte[]> recursos) {
    Map<String, byte[]> anteriores = ultimosEmpaquetados(recursos.keySet());
    Set<String> cambiados = new TreeSet<>();
    recursos.forEach(
        (nombre, contenido) -> {
          if (!Arrays.equals(contenido, anteriores.get(nombre))) {
            cambiados.add(nombre);
          }
        });
    if (cambiados.isEmpty()) {
      LOG.info("Modelos y formularios empaquetados sin cambios: no se despliega nada");
      return Optional.empty();
    }
    List<String> formulariosCambiados =
        cambiados.stream()
            .filter(n -> n.startsWith("forms/"))
            .map(n -> referencia(n, recursos.get(n)))
            .toList();
    DeploymentBuilder despliegue = repositorio.createDeployment().name(NOMBRE).source(NOMBRE);
    recursos.forEach(
        (nombre, contenido) -> {
          String texto = new String(contenido, StandardCharsets.UTF_8);
          boolean modelo = !nombre.startsWith("forms/");
          boolean usaCambiado = formulariosCambiados.stream().anyMatch(texto::contains);
          if (!modelo || cambiados.contains(nombre) || usaCambiado) {
            if (modelo) {
              avisarReemplazos(texto);
            }
            despliegue.addInputStream(nombre, new ByteArrayInputStream(contenido));
          }
        });
    Deployment hecho = despliegue.deploy();
    LOG.info(
        "Modelos y formularios desplegados: {} ({} recursos; cambiaron {})",
        hecho.getId(),
        despliegue.getResourceNames().size(),
        cambiados.size() == recursos.size() ? "todos" : cambiados);
    return Optional.of(hecho);
  }

  /** Cómo un modelo nombra al formulario de Camunda: por su id. */
  private static String referencia(String nombre, byte[] contenido) {
    if (nombre.endsWith(".form")) {
      Matcher id = ID_FORMULARIO.matcher(new String(contenido, StandardCharsets.UTF_8));
      if (id.find()) {
        return "\"" + id.group(1) + "\"";
      }
    }
    return nombre;
  }

  /**
   * La versión vigente de cada proceso del modelo, si no es empaquetada, queda reemplazada: se
   * anota.
   */
  private void avisarReemplazos(String modelo) {
    Matcher proceso = PROCESO.matcher(modelo);
    while (proceso.find()) {
      ProcessDefinition vigente =
          repositorio
              .createProcessDefinitionQuery()
              .processDefinitionKey(proceso.group(1))
              .latestVersion()
              .singleResult();
      if (vigente == null) {
        continue;
      }
      Deployment suyo =
          repositorio
              .createDeploymentQuery()
              .deploymentId(vigente.getDeploymentId())
              .singleResult();
      if (!NOMBRE.equals(suyo.getSource())) {
        LOG.warn(
            "El modelo empaquetado de {} cambió y reemplaza a la versión {} (etiqueta {}, despliegue {} «{}» de {}, {})",
            vigente.getKey(),
            vigente.getVersion(),
            vigente.getVersionTag(),
            suyo.getId(),
            suyo.getName(),
            suyo.getSource(),
            suyo.getDeploymentTime().toInstant());
      }
    }
  }

  /** El contenido de cada recurso en el último despliegue empaquetado que lo trae. */
  private Map<String, byte[]> ultimosEmpaquetados(Set<String> nombres) {
    Map<String, byte[]> anteriores = new HashMap<>();
    for (Deployment previo :
        repositorio
            .createDeploymentQuery()
            .deploymentSource(NOMBRE)
            .orderByDeploymentTime()
            .desc()
            .list()) {
      for (String nombre : repositorio.getDeploymentResourceNames(previo.getId())) {
        if (nombres.contains(nombre) && !anteriores.containsKey(nombre)) {
          try (InputStream entrada = repositorio.getResourceAsStream(previo.getId(), nombre)) {
            anteriores.put(nombre, entrada.readAllBytes());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
      if (anteriores.size() == nombres.size()) {
        break;
      }
    }
    return anteriores;
  }
}
