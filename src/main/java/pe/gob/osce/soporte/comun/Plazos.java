package pe.gob.osce.soporte.comun;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Esperas y ciclos del procedimiento, leídos por los temporizadores de los modelos como {@code
 * ${plazos.ventanaProveedor}}: cambiar un plazo es cambiar la configuración, no el BPMN.
 */
@Component("plazos")
@ConfigurationProperties("soporte.plazos")
public class Plazos {

  /** Actividad 9: ventana para reportar errores del servicio del proveedor (ISO 8601). */
  private String ventanaProveedor = "PT24H";

  /** Actividad 14: consolidación mensual de cargos a Patrimonio (cron de Spring, 6 campos). */
  private String consolidacionMensual = "0 0 8 1 * *";

  /**
   * Actividad 17: cada cuánto se revisa el estado de un equipo guardado en el almacén (ISO 8601).
   */
  private String revisionAlmacen = "P3M";

  /** Actividad 24: espera tras el mantenimiento antes de verificarlo (ISO 8601). */
  private String verificacionMantenimiento = "PT48H";

  /** Actividad 23: mantenimiento anual de CPU (cron de Spring, 6 campos). */
  private String mantenimientoCpu = "0 0 8 15 1 *";

  /** Actividad 23: mantenimiento de impresoras cada cuatro meses (cron de Spring, 6 campos). */
  private String mantenimientoImpresoras = "0 0 8 15 1,5,9 *";

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

  public String getRevisionAlmacen() {
    return revisionAlmacen;
  }

  public void setRevisionAlmacen(String revisionAlmacen) {
    this.revisionAlmacen = revisionAlmacen;
  }

  public String getVerificacionMantenimiento() {
    return verificacionMantenimiento;
  }

  public void setVerificacionMantenimiento(String verificacionMantenimiento) {
    this.verificacionMantenimiento = verificacionMantenimiento;
  }

  public String getMantenimientoCpu() {
    return mantenimientoCpu;
  }

  public void setMantenimientoCpu(String mantenimientoCpu) {
    this.mantenimientoCpu = mantenimientoCpu;
  }

  public String getMantenimientoImpresoras() {
    return mantenimientoImpresoras;
  }

  public void setMantenimientoImpresoras(String mantenimientoImpresoras) {
    this.mantenimientoImpresoras = mantenimientoImpresoras;
  }
}
