package pe.gob.osce.soporte.documento;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * El informe de baja de equipos (actividad 20): los bienes que se darán de baja, con el sustento de
 * su obsolescencia, inoperatividad o no reparación, para la Jefatura de la OTI.
 */
public record InformeBaja(
    String numero, LocalDate fecha, String elaboradoPor, String sustento, List<Bien> bienes) {

  /**
   * Un bien del informe, con su código patrimonial, su sede, su diagnóstico y el motivo de la baja.
   */
  public record Bien(
      String codigoPatrimonial,
      String tipo,
      String marca,
      String modelo,
      String serie,
      String sede,
      String diagnostico,
      String motivo) {

    List<String> celdas() {
      return Arrays.asList(
          codigoPatrimonial, tipo, marca, modelo, serie, sede, diagnostico, motivo);
    }
  }
}
