package pe.gob.osce.soporte.ticket;

import java.time.OffsetDateTime;

/** Un paso numerado por el que pasó el ticket: quién, cuándo y qué. */
public record PasoTicket(
    String actividad, String nombre, String usuario, OffsetDateTime momento, String detalle) {}
