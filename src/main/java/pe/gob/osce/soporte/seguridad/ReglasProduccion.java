package pe.gob.osce.soporte.seguridad;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Fuera del perfil demo (también sin perfil: {@code java -jar} y la imagen Docker) el servicio no
 * arranca sin su base de datos ni sin la dirección pública de los enlaces. Se revisa antes de crear
 * ningún bean: sin {@code spring.datasource.url} Spring Boot caería en silencio en un H2 en
 * memoria. El administrador se revisa después, con el motor ya iniciado ({@link
 * AdministradorInicial}).
 */
@Component
@Profile("!demo")
class ReglasProduccion implements BeanFactoryPostProcessor, EnvironmentAware {

  private static final Logger log = LoggerFactory.getLogger(ReglasProduccion.class);
  static final String PARA_PROBAR =
      " Para probar sin configurar nada, use la demo: ./mvnw spring-boot:run.";

  // Un BeanFactoryPostProcessor se crea antes de la inyección por constructor: el entorno llega por
  // EnvironmentAware.
  private Environment entorno;

  @Override
  public void setEnvironment(Environment entorno) {
    this.entorno = entorno;
  }

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory fabrica) {
    String base = entorno.getProperty("spring.datasource.url", "").trim();
    if (base.isEmpty()) {
      throw new ArranqueRechazadoException(
          "SOPORTE_DB_URL",
          "falta la base de datos. Fuera del perfil demo el servicio usa PostgreSQL y no crea una base propia.",
          "Defina SOPORTE_DB_URL (p. ej. jdbc:postgresql://db:5432/soporte), SOPORTE_DB_USER y SOPORTE_DB_PASSWORD."
              + PARA_PROBAR);
    }
    if (!base.startsWith("jdbc:postgresql:")) {
      log.warn(
          "SOPORTE_DB_URL no es PostgreSQL ({}): producción se prueba y se soporta sobre PostgreSQL",
          base);
    }
    String urlPublica = entorno.getProperty("soporte.conformidad.url-publica", "").trim();
    if (!urlPublica.startsWith("https://") && !urlPublica.startsWith("http://")) {
      throw new ArranqueRechazadoException(
          "SOPORTE_URL_PUBLICA",
          urlPublica.isEmpty()
              ? "falta la dirección pública del servicio, con la que se arman los enlaces de conformidad "
                  + "de los correos."
              : "«" + urlPublica + "» no es una dirección http(s).",
          "Defina SOPORTE_URL_PUBLICA con la dirección por la que los usuarios llegan al servicio, "
              + "p. ej. https://soporte.osce.gob.pe."
              + PARA_PROBAR);
    }
  }
}
