package pe.gob.osce.soporte.ticket;

import pe.gob.osce.soporte.correo.PlantillaCorreo;

/**
 * Los textos de los correos del proceso atencionTicket, en {@code
 * src/main/resources/correos/atencionTicket/}: uno por correo. El asunto de la plantilla es el
 * motivo; {@link Ticket#asuntoCorreo} le antepone el código.
 */
public enum CorreosTicket {
  /** Actividad 1, pedido por teléfono. */
  REGULARIZACION("regularizacion"),
  /** Actividad 1, pedido llegado al buzón. */
  ACUSE_RECIBO("acuse-recibo"),
  /** Actividad 2. */
  DERIVACION("derivacion"),
  /** Actividades 7 y 9. */
  CONFORMIDAD("conformidad"),
  /** Actividad 8. */
  ESCALAMIENTO_PROVEEDOR("escalamiento-proveedor"),
  /** Actividad 10. */
  CARGO_POR_FIRMAR("cargo-por-firmar");

  private final PlantillaCorreo plantilla;

  CorreosTicket(String archivo) {
    this.plantilla = PlantillaCorreo.cargar("correos/atencionTicket/" + archivo + ".txt");
  }

  public PlantillaCorreo plantilla() {
    return plantilla;
  }

  public PlantillaCorreo.Borrador con(String marcador, Object valor) {
    return plantilla.con(marcador, valor);
  }
}
