package pe.gob.osce.soporte.ticket;

/** Estado del ticket en el registro "Actividades de soporte". */
public enum EstadoTicket {
  REGISTRADO("Registrado"),
  ASIGNADO("Asignado"),
  EN_ATENCION("En atención"),
  ESCALADO_PROVEEDOR("Escalado al proveedor"),
  SERVICIO_PROVEEDOR_FINALIZADO("Servicio del proveedor finalizado"),
  CARGO_EN_FIRMA("Cargo en firma"),
  CERRADO("Cerrado");

  private final String etiqueta;

  EstadoTicket(String etiqueta) {
    this.etiqueta = etiqueta;
  }

  /** Como se lee en el registro y en las hojas de cálculo. */
  public String etiqueta() {
    return etiqueta;
  }
}
