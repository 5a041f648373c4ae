package pe.gob.osce.soporte.mantenimiento;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Una fila del registro de mantenimiento: una ejecución del mantenimiento de una clase de equipos. */
public record Mantenimiento(
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
    OffsetDateTime archivadoEn) {}
