package pe.gob.osce.soporte.equipo;

/** Estados del registro de alta, baja y traslado de equipos. */
public enum EstadoEquipo {
  EN_ALMACEN("en almacén"),
  ASIGNADO("asignado"),
  DEVUELTO("devuelto a la UAST"),
  EN_DIAGNOSTICO("en diagnóstico"),
  EN_FORMATEO("en formateo"),
  MALOGRADO("malogrado"),
  PENDIENTE_BAJA("pendiente de baja"),
  BAJA_SOLICITADA("baja solicitada"),
  REASIGNADO("reasignado");

  private final String etiqueta;

  EstadoEquipo(String etiqueta) {
    this.etiqueta = etiqueta;
  }

  public String etiqueta() {
    return etiqueta;
  }
}
