package pe.gob.osce.soporte;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Servicio de la UAST que ejecuta el procedimiento PS01.01.01 "Soporte técnico y mantenimiento". */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SoporteTiApplication {

  public static void main(String[] args) {
    SpringApplication.run(SoporteTiApplication.class, args);
  }
}
