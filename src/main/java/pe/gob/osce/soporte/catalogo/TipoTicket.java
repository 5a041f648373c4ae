package pe.gob.osce.soporte.catalogo;

/** Tipo de atención (actividad 1). */
public enum TipoTicket {
  INCIDENCIA("Incidencia"),
  REQUERIMIENTO("Requerimiento");

  private final String etiqueta;

  TipoTicket(String etiqueta) {
    this.etiqueta = etiqueta;
  }

  public String etiqueta() {
    return etiqueta;
  }
}
