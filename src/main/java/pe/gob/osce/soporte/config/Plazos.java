package pe.gob.osce.soporte.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Esperas y ciclos del procedimiento, leídos por los temporizadores de los modelos como
 * {@code ${plazos.ventanaProveedor}}: cambiar un plazo es cambiar la configuración, no el BPMN.
 */
@Component("plazos")
@ConfigurationProperties("soporte.plazos")
public class Plazos {

  /** Actividad 9: ventana para reportar errores del servicio del proveedor (ISO 8601). */
  private String ventanaProveedor = "PT24H";

  /** Actividad 14: consolidación mensual de cargos a Patrimonio (cron de Spring, 6 campos). */
  private String consolidacionMensual = "0 0 8 1 * *";

  public String getVentanaProveedor() {
    return ventanaProveedor;
  }

  public void setVentanaProveedor(String ventanaProveedor) {
    this.ventanaProveedor = ventanaProveedor;
  }

  public String getConsolidacionMensual() {
    return consolidacionMensual;
  }

  public void setConsolidacionMensual(String consolidacionMensual) {
    this.consolidacionMensual = consolidacionMensual;
  }
}
