package pe.gob.osce.soporte.ticket;

import pe.gob.osce.soporte.comun.Variable;

/**
 * Contrato del proceso {@code reportarErrorProveedor} (actividad 9): la mesa de ayuda o el técnico
 * del ticket registran un error del servicio del proveedor que llegó por teléfono o por correo, y
 * el ticket vuelve a la actividad 8, como con el enlace del correo de conformidad.
 */
public final class ReportarErrorProveedorProceso {

  public static final String CLAVE = "reportarErrorProveedor";

  /** El detalle queda en la historia del ticket (columna de texto). */
  public static final int MAXIMO_DETALLE = 2000;

  /** Ids de los elementos del modelo que el servicio y las pruebas usan. */
  public static final class Elementos {
    public static final String INICIO = "Start_ErrorProveedorReportado";
    public static final String REPORTAR = "A09_ReportarErrorProveedor";
    public static final String FIN = "End_ErrorReportado";

    private Elementos() {}
  }

  /** Variables del proceso, cada una con su tipo Java. */
  public static final class Variables {
    public static final Variable<String> CODIGO_TICKET = Variable.texto("codigoTicket");
    public static final Variable<String> DETALLE = Variable.texto("detalle");

    private Variables() {}
  }

  private ReportarErrorProveedorProceso() {}
}
