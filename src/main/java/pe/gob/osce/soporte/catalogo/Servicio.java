package pe.gob.osce.soporte.catalogo;

import java.util.Arrays;
import java.util.Optional;

/** Catálogo de servicios de la actividad 3 del procedimiento, con sus etiquetas legibles. */
public enum Servicio {
  CPU_LAPTOP(Categoria.HARDWARE, "CPU / laptop"),
  EQUIPOS_MULTIMEDIA(Categoria.HARDWARE, "Equipos multimedia"),
  IMPRESORA(Categoria.HARDWARE, "Impresora"),
  MONITOR(Categoria.HARDWARE, "Monitor"),
  MOUSE(Categoria.HARDWARE, "Mouse"),
  SCANNER(Categoria.HARDWARE, "Escáner"),
  TECLADO(Categoria.HARDWARE, "Teclado"),
  TELEFONO(Categoria.HARDWARE, "Teléfono"),
  COMISIONES(Categoria.OTROS, "Comisiones"),
  DESPLAZAMIENTOS(Categoria.OTROS, "Desplazamientos"),
  INFORMES(Categoria.OTROS, "Informes"),
  REMOTO(Categoria.REDES_COMUNICACIONES, "Remoto"),
  ACTIVE_DIRECTORY(Categoria.REDES_COMUNICACIONES, "Active Directory (accesos, reseteo)"),
  ANTISPAM(Categoria.REDES_COMUNICACIONES, "Antispam"),
  CONECTIVIDAD(Categoria.REDES_COMUNICACIONES, "Conectividad"),
  CORREO(Categoria.REDES_COMUNICACIONES, "Correo"),
  RECURSOS_COMPARTIDOS(Categoria.REDES_COMUNICACIONES, "Recursos compartidos"),
  PORTAL_OSCE(Categoria.SISTEMAS_APLICATIVOS, "Portal OSCE"),
  PROGRAMAS(Categoria.SISTEMAS_APLICATIVOS, "Programas"),
  SGD(Categoria.SISTEMAS_APLICATIVOS, "SGD"),
  SIAF(Categoria.SISTEMAS_APLICATIVOS, "SIAF"),
  SIGA_MEF(Categoria.SISTEMAS_APLICATIVOS, "SIGA-MEF"),
  SPIJ(Categoria.SISTEMAS_APLICATIVOS, "SPIJ");

  /** Categorías del tipo de servicio. */
  public enum Categoria {
    HARDWARE("Hardware"),
    OTROS("Otros"),
    REDES_COMUNICACIONES("Redes y comunicaciones"),
    SISTEMAS_APLICATIVOS("Sistemas / aplicativos");

    private final String etiqueta;

    Categoria(String etiqueta) {
      this.etiqueta = etiqueta;
    }

    public String etiqueta() {
      return etiqueta;
    }
  }

  private final Categoria categoria;
  private final String etiqueta;

  Servicio(Categoria categoria, String etiqueta) {
    this.categoria = categoria;
    this.etiqueta = etiqueta;
  }

  public Categoria categoria() {
    return categoria;
  }

  public String etiqueta() {
    return etiqueta;
  }

  /** "Hardware – CPU / laptop". */
  public String etiquetaCompleta() {
    return categoria.etiqueta() + " – " + etiqueta;
  }

  public static Optional<Servicio> deCodigo(String codigo) {
    return Arrays.stream(values()).filter(s -> s.name().equals(codigo)).findFirst();
  }
}
