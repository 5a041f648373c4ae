package pe.gob.osce.soporte.documento;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Una fila de las tablas de bienes del cargo de asignación (Anexo 2) y del formato de traslado: el
 * bien patrimonial con su código SBN, tal como lo pide Control Patrimonial.
 */
public record BienCargo(String equipo, String marca, String codigoSbn, String observaciones) {

  /** Las celdas en el orden de las columnas EQUIPO | MARCA | CÓDIGO SBN | OBSERVACIONES. */
  List<String> celdas() {
    List<String> celdas = new ArrayList<>(4);
    celdas.add(equipo);
    celdas.add(marca);
    celdas.add(codigoSbn);
    celdas.add(observaciones);
    return celdas;
  }

  /** Copia inmutable que tolera una lista nula o con elementos nulos. */
  static List<BienCargo> copiar(List<BienCargo> bienes) {
    return bienes == null ? List.of() : bienes.stream().filter(Objects::nonNull).toList();
  }
}
