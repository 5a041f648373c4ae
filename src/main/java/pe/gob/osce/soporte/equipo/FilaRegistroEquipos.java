package pe.gob.osce.soporte.equipo;

import java.time.OffsetDateTime;

/**
 * Una fila del registro de alta, baja y traslado con los datos del equipo, para la descarga en
 * .xlsx.
 */
public record FilaRegistroEquipos(
    OffsetDateTime momento,
    String codigoPatrimonial,
    TipoBien tipo,
    String marca,
    String modelo,
    String serie,
    String sede,
    MovimientoEquipo movimiento) {}
