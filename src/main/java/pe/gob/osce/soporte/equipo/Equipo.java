package pe.gob.osce.soporte.equipo;

import java.time.OffsetDateTime;

/** Un bien del registro de equipos, identificado por su código patrimonial (código SBN). */
public record Equipo(
    String codigoPatrimonial,
    TipoBien tipo,
    String marca,
    String modelo,
    String serie,
    String sede,
    String titular,
    EstadoEquipo estado,
    OffsetDateTime registradoEn) {}
