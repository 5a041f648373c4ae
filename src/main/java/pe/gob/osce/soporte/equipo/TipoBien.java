package pe.gob.osce.soporte.equipo;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import pe.gob.osce.soporte.catalogo.Servicio;

/**
 * Tipo de un bien del registro: los códigos de hardware del catálogo de servicios y, desde la
 * versión 02 del procedimiento, los medios de almacenamiento extraíble (actividades 12-19).
 */
public enum TipoBien {
  CPU_LAPTOP(Servicio.CPU_LAPTOP.etiqueta()),
  EQUIPOS_MULTIMEDIA(Servicio.EQUIPOS_MULTIMEDIA.etiqueta()),
  IMPRESORA(Servicio.IMPRESORA.etiqueta()),
  MONITOR(Servicio.MONITOR.etiqueta()),
  MOUSE(Servicio.MOUSE.etiqueta()),
  SCANNER(Servicio.SCANNER.etiqueta()),
  TECLADO(Servicio.TECLADO.etiqueta()),
  TELEFONO(Servicio.TELEFONO.etiqueta()),
  MEDIO_USB("Memoria USB"),
  MEDIO_DISCO_EXTERNO("Disco duro externo"),
  MEDIO_OTRO("Otro medio de almacenamiento extraíble");

  private final String etiqueta;

  TipoBien(String etiqueta) {
    this.etiqueta = etiqueta;
  }

  public String etiqueta() {
    return etiqueta;
  }

  /** Medio de almacenamiento extraíble: su formateo (actividad 16) es solo el lógico. */
  public boolean esMedioExtraible() {
    return name().startsWith("MEDIO_");
  }

  public static Optional<TipoBien> deCodigo(String codigo) {
    return Arrays.stream(values())
        .filter(t -> t.name().equals(codigo == null ? null : codigo.trim()))
        .findFirst();
  }

  /** "CPU_LAPTOP, ..., MEDIO_OTRO", para los mensajes de error. */
  public static String codigos() {
    return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
