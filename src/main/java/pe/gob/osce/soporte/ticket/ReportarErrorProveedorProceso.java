package pe.gob.osce.soporte.ticket;

/**
 * Contrato del proceso {@code reportarErrorProveedor} (actividad 9): la mesa de ayuda o el técnico
 * del ticket registran un error del servicio del proveedor que llegó por teléfono o por correo, y el
 * ticket vuelve a la actividad 8, como con el enlace del correo de conformidad.
 */
public final class ReportarErrorProveedorProceso {

  public static final String CLAVE = "reportarErrorProveedor";

  public static final String INICIO = "Start_ErrorProveedorReportado";
  public static final String REPORTAR = "A09_ReportarErrorProveedor";
  public static final String FIN = "End_ErrorReportado";

  public static final String VAR_CODIGO_TICKET = "codigoTicket";
  public static final String VAR_DETALLE = "detalle";

  /** El detalle queda en la historia del ticket (columna de texto). */
  public static final int MAXIMO_DETALLE = 2000;

  private ReportarErrorProveedorProceso() {}
}
