package pe.gob.osce.soporte.equipo;

/**
 * Un traslado entre sedes distintas (actividad 10, formato de traslado): de dónde sale el bien y
 * adónde va.
 */
public record Traslado(String origen, String destino) {}
