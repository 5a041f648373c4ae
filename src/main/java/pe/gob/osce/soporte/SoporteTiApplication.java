package pe.gob.osce.soporte;

import java.util.TimeZone;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Servicio de la UAST que ejecuta el procedimiento PS01.01.01 "Soporte técnico y mantenimiento".
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SoporteTiApplication {

  public static void main(String[] args) {
    usarZonaHorariaDeLaUnidad();
    SpringApplication.run(SoporteTiApplication.class, args);
  }

  /**
   * Los temporizadores cron de Camunda (consolidación el día 1 a las 08:00) usan la zona horaria de
   * la JVM: por defecto la de Lima, salvo que el despliegue fije otra con SOPORTE_ZONA_HORARIA o
   * -Duser.timezone.
   */
  static void usarZonaHorariaDeLaUnidad() {
    if (System.getProperty("user.timezone", "").isBlank()
        || System.getenv("SOPORTE_ZONA_HORARIA") != null) {
      String zona = System.getenv().getOrDefault("SOPORTE_ZONA_HORARIA", "America/Lima");
      TimeZone.setDefault(TimeZone.getTimeZone(zona));
    }
  }
}
