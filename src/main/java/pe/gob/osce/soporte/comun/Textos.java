package pe.gob.osce.soporte.comun;

/**
 * Textos de personas (asuntos, remitentes, detalles) que deben caber en una columna o en un nombre.
 */
public final class Textos {

  private Textos() {}

  /**
   * El texto tal cual si cabe; si no, cortado con "…" al final sin pasar de {@code maximo}
   * caracteres.
   */
  public static String recortar(String texto, int maximo) {
    return texto == null || texto.length() <= maximo ? texto : texto.substring(0, maximo - 1) + "…";
  }
}
