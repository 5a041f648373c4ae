package pe.gob.osce.soporte.indicador;

import java.time.Instant;

/** Lo que el indicador lee de una fila del registro "Actividades de soporte". */
record FilaTicket(
    String codigo,
    String tipo,
    String servicio,
    String categoria,
    String canal,
    String tecnico,
    Instant registradoEn,
    Instant cerradoEn,
    String processInstanceId) {

  static final String INCIDENCIA = "INCIDENCIA";

  boolean esIncidencia() {
    return INCIDENCIA.equals(tipo);
  }

  boolean cerrado() {
    return cerradoEn != null;
  }
}
