package pe.gob.osce.soporte.equipo;

import java.time.OffsetDateTime;
import pe.gob.osce.soporte.ticket.Servicio;

/** Una fila del registro de alta, baja y traslado con los datos del equipo, para la descarga en .xlsx. */
public record FilaRegistroEquipos(
    OffsetDateTime momento, String codigoPatrimonial, Servicio tipo, String marca, String modelo, String serie,
    String sede, MovimientoEquipo movimiento) {}
