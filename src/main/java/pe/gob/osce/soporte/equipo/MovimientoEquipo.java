package pe.gob.osce.soporte.equipo;

import java.time.OffsetDateTime;

/**
 * Una fila del registro de alta, baja y traslado: quién, cuándo, de qué estado a cuál y por qué; la
 * sede que tenía el bien entonces y, en un traslado entre sedes, su origen y destino.
 */
public record MovimientoEquipo(
    OffsetDateTime momento,
    String usuario,
    EstadoEquipo estadoAnterior,
    EstadoEquipo estadoNuevo,
    String titular,
    String motivo,
    String codigoTicket,
    String sede,
    String sedeOrigen,
    String sedeDestino) {}
