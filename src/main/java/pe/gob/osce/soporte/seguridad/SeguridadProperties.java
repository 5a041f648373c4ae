package pe.gob.osce.soporte.seguridad;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Límites contra el abuso: el freno de ingresos fallidos por dirección y el tamaño máximo del
 * cuerpo de cualquier petición.
 *
 * @param ingreso el freno de claves equivocadas ({@code soporte.seguridad.ingreso})
 * @param limiteCuerpo tamaño máximo de un cuerpo, {@code SOPORTE_LIMITE_CUERPO}
 */
@ConfigurationProperties("soporte.seguridad")
public record SeguridadProperties(
    @DefaultValue Ingreso ingreso, @DefaultValue("25MB") DataSize limiteCuerpo) {

  /**
   * @param intentosLibres claves equivocadas que una dirección puede enviar sin espera
   * @param esperaInicial espera tras el primer fallo por encima de los libres; se duplica en cada
   *     fallo
   * @param esperaMaxima la espera nunca pasa de aquí
   * @param olvido tras este tiempo sin fallos, la dirección vuelve a empezar de cero
   */
  public record Ingreso(
      @DefaultValue("5") int intentosLibres,
      @DefaultValue("PT2S") Duration esperaInicial,
      @DefaultValue("PT15M") Duration esperaMaxima,
      @DefaultValue("PT1H") Duration olvido) {}
}
