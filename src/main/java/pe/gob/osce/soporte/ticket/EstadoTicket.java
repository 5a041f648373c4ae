package pe.gob.osce.soporte.ticket;

/** Estado del ticket en el registro "Actividades de soporte". */
public enum EstadoTicket {
  REGISTRADO,
  ASIGNADO,
  EN_ATENCION,
  ESCALADO_PROVEEDOR,
  SERVICIO_PROVEEDOR_FINALIZADO,
  CARGO_EN_FIRMA,
  CERRADO
}
