package pe.gob.osce.soporte.ticket;

/** Modo de atención decidido en la actividad 3: remota (4), telefónica (5) o presencial (6). */
public enum ModoAtencion {
  REMOTA("Asistencia remota"),
  TELEFONICA("Por teléfono"),
  PRESENCIAL("Presencial");

  private final String etiqueta;

  ModoAtencion(String etiqueta) {
    this.etiqueta = etiqueta;
  }

  public String etiqueta() {
    return etiqueta;
  }
}
