package pe.gob.osce.soporte.mantenimiento;

import java.time.OffsetDateTime;

/** Un paso de un mantenimiento: qué actividad, quién, cuándo y con qué detalle. */
record PasoMantenimiento(
    String actividad, String usuario, OffsetDateTime momento, String detalle) {}
