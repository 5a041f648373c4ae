package pe.gob.osce.soporte.config;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Los formularios HTML embebidos (los que suben archivos: A11, A23, A25 y el inicio de la baja de
 * bienes) los sirve el servicio en {@value #RUTA}, desde {@code forms/} del jar, y los modelos los
 * nombran {@code embedded:/formularios/<archivo>.html}. Así un modelo que un analista despliega
 * solo, desde Camunda Modeler (que envía el BPMN sin la carpeta {@code forms/}), encuentra su
 * formulario igual que con el binding {@code latest} de los formularios de Camunda. Son plantillas
 * sin datos: los datos los trae Tasklist con la sesión del usuario.
 */
@Configuration
class FormulariosEmbebidos implements WebMvcConfigurer {

  static final String RUTA = "/formularios/";
  static final String PREFIJO = "embedded:" + RUTA;
  static final String CARPETA = "forms/";

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registro) {
    // Revalidar cada vez (ETag): un formulario cambiado en una nueva versión del jar se ve al
    // reiniciar.
    registro
        .addResourceHandler(RUTA + "*.html")
        .addResourceLocations("classpath:/" + CARPETA)
        .setCacheControl(CacheControl.maxAge(Duration.ZERO).mustRevalidate());
  }
}
