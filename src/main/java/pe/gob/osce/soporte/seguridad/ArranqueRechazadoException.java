package pe.gob.osce.soporte.seguridad;

/**
 * El servicio se niega a arrancar porque falta un ajuste obligatorio fuera del perfil demo (o tiene
 * un valor que no sirve). El mensaje nombra la variable de entorno; {@link
 * ArranqueRechazadoAnalyzer} lo muestra con lo que el operador debe hacer, y la JVM termina con
 * código distinto de cero.
 */
class ArranqueRechazadoException extends RuntimeException {

  private final String ajuste;
  private final String accion;

  ArranqueRechazadoException(String ajuste, String motivo, String accion) {
    super(ajuste + ": " + motivo);
    this.ajuste = ajuste;
    this.accion = accion;
  }

  /** La variable de entorno que falta o que no sirve, p. ej. {@code SOPORTE_DB_URL}. */
  public String ajuste() {
    return ajuste;
  }

  public String accion() {
    return accion;
  }
}
