package pe.gob.osce.soporte.mantenimiento;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Una fila del registro de mantenimiento: una ejecución del mantenimiento de una clase de equipos.
 * {@code medioCoordinacion}, {@code correoProveedor} y {@code planTrabajoArchivo} son de la
 * actividad 23; {@code ejecutadoEn} y {@code equiposAtendidos}, de la confirmación de la ejecución;
 * y {@code equiposConErrores}, de la última verificación (actividad 24).
 */
record Mantenimiento(
    String codigo,
    TipoEquipo tipoEquipo,
    String estado,
    String iniciadoPor,
    OffsetDateTime iniciadoEn,
    String proveedor,
    LocalDate fechaProgramada,
    LocalDate fechaEjecucion,
    int verificaciones,
    String resultado,
    String reporteArchivo,
    OffsetDateTime archivadoEn,
    MedioCoordinacion medioCoordinacion,
    String correoProveedor,
    String planTrabajoArchivo,
    OffsetDateTime ejecutadoEn,
    List<String> equiposAtendidos,
    List<String> equiposConErrores) {}
