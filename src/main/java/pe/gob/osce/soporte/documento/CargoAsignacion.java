package pe.gob.osce.soporte.documento;

import java.time.LocalDate;
import java.util.List;

/**
 * Los datos del "Cargo de asignación de equipos de cómputo" (actividad 10, Anexo 2 del PS01.01.01):
 * qué bienes se retiran y cuáles se asignan al órgano o unidad orgánica del servidor.
 *
 * @param numero correlativo del cargo en el año, p. ej. {@code 001-2026}
 * @param tecnico nombre del servidor/a de la UAST que firma el cargo
 */
public record CargoAsignacion(
    String numero,
    LocalDate fecha,
    String codigoTicket,
    String servidor,
    String organoUnidad,
    List<BienCargo> retirados,
    List<BienCargo> asignados,
    String tecnico) {

  public CargoAsignacion {
    retirados = BienCargo.copiar(retirados);
    asignados = BienCargo.copiar(asignados);
  }
}
