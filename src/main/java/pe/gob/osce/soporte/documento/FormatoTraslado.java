package pe.gob.osce.soporte.documento;

import java.time.LocalDate;
import java.util.List;

/**
 * Los datos del formato de traslado de equipos entre sedes, que la actividad 10 del PS01.01.01
 * exige junto al cargo de asignación cuando los bienes cambian de sede.
 *
 * @param tecnico nombre del servidor/a de la UAST que firma el traslado
 */
public record FormatoTraslado(
    String numero,
    LocalDate fecha,
    String codigoTicket,
    String servidor,
    String organoUnidad,
    String sedeOrigen,
    String sedeDestino,
    List<BienCargo> bienes,
    String tecnico) {

  public FormatoTraslado {
    bienes = BienCargo.copiar(bienes);
  }
}
