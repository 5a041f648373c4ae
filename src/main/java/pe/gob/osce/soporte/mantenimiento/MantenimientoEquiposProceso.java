package pe.gob.osce.soporte.mantenimiento;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import pe.gob.osce.soporte.comun.Variable;

/**
 * Contrato del proceso {@code mantenimientoEquipos} (actividades 23-25) y de sus dos modelos de
 * programación, uno por temporizador de inicio (Camunda 7 admite uno por definición).
 */
public final class MantenimientoEquiposProceso {

  public static final String CLAVE = "mantenimientoEquipos";
  public static final String CLAVE_PROGRAMACION_CPU = "programacionMantenimientoCPU";
  public static final String CLAVE_PROGRAMACION_IMPRESORAS = "programacionMantenimientoImpresoras";

  /** Ids de los elementos del modelo que el servicio y las pruebas usan. */
  public static final class Elementos {
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

    private Elementos() {}
  }

  /** Variables del proceso, cada una con su tipo Java. */
  public static final class Variables {
    public static final Variable<TipoEquipo> TIPO_EQUIPO =
        Variable.enumerado("tipoEquipo", TipoEquipo.class, "una clase de equipos");
    public static final Variable<String> CODIGO = Variable.texto("codigoMantenimiento");
    public static final Variable<String> PROVEEDOR = Variable.texto("proveedor");
    public static final Variable<LocalDate> FECHA_PROGRAMADA = Variable.fecha("fechaProgramada");

    /** Cómo se coordinó con el/la proveedor/a (actividad 23): {@code CORREO} o {@code TELEFONO}. */
    public static final Variable<MedioCoordinacion> MEDIO_COORDINACION =
        Variable.enumerado(
            "medioCoordinacion", MedioCoordinacion.class, "un medio de coordinación");

    public static final Variable<String> CORREO_PROVEEDOR = Variable.texto("correoProveedor");

    /**
     * El "Plan de Trabajo – Cronograma de mantenimiento" del/de la proveedor/a (PDF, sección VI).
     */
    public static final Variable<Object> PLAN_TRABAJO = Variable.valor("planTrabajo");

    /**
     * El nombre del plan ya archivado (el PDF no queda como variable): el formulario lo muestra.
     */
    public static final Variable<String> PLAN_ARCHIVADO = Variable.texto("planTrabajoArchivado");

    /**
     * Fecha y hora en que el/la proveedor/a ejecutó el mantenimiento ({@code 2026-03-15T10:30}).
     */
    public static final Variable<Object> FECHA_EJECUCION = Variable.valor("fechaEjecucion");

    /**
     * Códigos patrimoniales de las PC o impresoras atendidas, y de las que mostraron errores (24).
     */
    public static final Variable<List<String>> EQUIPOS_ATENDIDOS =
        Variable.codigos("equiposAtendidos");

    public static final Variable<List<String>> EQUIPOS_CON_ERRORES =
        Variable.codigos("equiposConErrores");

    /** Vence la espera de la actividad 24: la ejecución más 48 horas (fecha del temporizador). */
    public static final Variable<Date> FIN_ESPERA = Variable.instante("finEsperaVerificacion");

    public static final Variable<Boolean> ERRORES_DETECTADOS =
        Variable.booleano("erroresDetectados");
    public static final Variable<String> RESULTADO_VERIFICACION =
        Variable.texto("resultadoVerificacion");
    public static final Variable<Object> REPORTE = Variable.valor("reporteMantenimiento");

    /** Resumen del plan y del historial de la clase de equipos que muestran los formularios. */
    public static final Variable<String> RESUMEN = Variable.texto("resumenMantenimiento");

    private Variables() {}
  }

  private MantenimientoEquiposProceso() {}
}
