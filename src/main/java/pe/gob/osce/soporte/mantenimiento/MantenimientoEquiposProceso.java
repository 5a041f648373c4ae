package pe.gob.osce.soporte.mantenimiento;

/**
 * Contrato del proceso {@code mantenimientoEquipos} (actividades 23-25) y de sus dos modelos de
 * programación, uno por temporizador de inicio (Camunda 7 admite uno por definición).
 */
public final class MantenimientoEquiposProceso {

  public static final String CLAVE = "mantenimientoEquipos";
  public static final String CLAVE_PROGRAMACION_CPU = "programacionMantenimientoCPU";
  public static final String CLAVE_PROGRAMACION_IMPRESORAS = "programacionMantenimientoImpresoras";

  public static final String INICIO = "Start_MantenimientoSolicitado";
  public static final String REGISTRAR_MANTENIMIENTO = "Task_RegistrarMantenimiento";
  public static final String COORDINAR = "A23_CoordinarMantenimiento";
  public static final String ENVIAR_COORDINACION = "A23_EnviarCoordinacion";
  public static final String CONFIRMAR_EJECUCION = "A23_ConfirmarEjecucion";
  public static final String ESPERAR_48_HORAS = "A24_Esperar48Horas";
  public static final String VERIFICAR = "A24_VerificarMantenimiento";
  public static final String ARCHIVAR_REPORTE = "A25_ArchivarReporte";
  public static final String FIN_ARCHIVADO = "End_MantenimientoArchivado";

  public static final String INICIO_CPU = "Start_MantenimientoCPU";
  public static final String INICIO_IMPRESORAS = "Start_MantenimientoImpresoras";
  public static final String INICIAR_MANTENIMIENTO = "Task_IniciarMantenimiento";

  public static final String VAR_TIPO_EQUIPO = "tipoEquipo";
  public static final String VAR_CODIGO = "codigoMantenimiento";
  public static final String VAR_PROVEEDOR = "proveedor";
  public static final String VAR_FECHA_PROGRAMADA = "fechaProgramada";
  /** Cómo se coordinó con el/la proveedor/a (actividad 23): {@code CORREO} o {@code TELEFONO}. */
  public static final String VAR_MEDIO_COORDINACION = "medioCoordinacion";
  public static final String VAR_CORREO_PROVEEDOR = "correoProveedor";
  /** El "Plan de Trabajo – Cronograma de mantenimiento" del/de la proveedor/a (PDF, sección VI). */
  public static final String VAR_PLAN_TRABAJO = "planTrabajo";
  /** El nombre del plan ya archivado (el PDF no queda como variable): el formulario lo muestra. */
  public static final String VAR_PLAN_ARCHIVADO = "planTrabajoArchivado";
  /** Fecha y hora en que el/la proveedor/a ejecutó el mantenimiento ({@code 2026-03-15T10:30}). */
  public static final String VAR_FECHA_EJECUCION = "fechaEjecucion";
  /** Códigos patrimoniales de las PC o impresoras atendidas, y de las que mostraron errores (24). */
  public static final String VAR_EQUIPOS_ATENDIDOS = "equiposAtendidos";
  public static final String VAR_EQUIPOS_CON_ERRORES = "equiposConErrores";
  /** Vence la espera de la actividad 24: la ejecución más 48 horas (fecha del temporizador). */
  public static final String VAR_FIN_ESPERA = "finEsperaVerificacion";
  public static final String VAR_ERRORES_DETECTADOS = "erroresDetectados";
  public static final String VAR_RESULTADO_VERIFICACION = "resultadoVerificacion";
  public static final String VAR_REPORTE = "reporteMantenimiento";
  /** Resumen del plan y del historial de la clase de equipos que muestran los formularios. */
  public static final String VAR_RESUMEN = "resumenMantenimiento";

  private MantenimientoEquiposProceso() {}
}
