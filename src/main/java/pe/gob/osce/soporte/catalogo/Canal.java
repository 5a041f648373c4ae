package pe.gob.osce.soporte.catalogo;

/** Canal por el que llegó el pedido (actividad 1). */
public enum Canal {
  CORREO("Correo electrónico"),
  TELEFONO("Teléfono (anexo 2351)");

  private final String etiqueta;

  Canal(String etiqueta) {
    this.etiqueta = etiqueta;
  }

  public String etiqueta() {
    return etiqueta;
  }
}
