package pe.gob.osce.soporte.equipo;

import java.time.OffsetDateTime;
import pe.gob.osce.soporte.ticket.Servicio;

/** Un bien del registro de equipos, identificado por su código patrimonial (código SBN). */
public record Equipo(
    String codigoPatrimonial,
    Servicio tipo,
    String marca,
    String modelo,
    String serie,
    String sede,
    String titular,
    EstadoEquipo estado,
    OffsetDateTime registradoEn) {}
