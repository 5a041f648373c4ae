package pe.gob.osce.soporte.ticket;

import pe.gob.osce.soporte.catalogo.TipoTicket;
import pe.gob.osce.soporte.catalogo.Canal;
import pe.gob.osce.soporte.catalogo.Servicio;
import java.time.OffsetDateTime;

/** Una fila del registro "Actividades de soporte". */
public record Ticket(
    String codigo,
    TipoTicket tipo,
    Servicio servicio,
    Canal canal,
    String solicitante,
    String asunto,
    String descripcion,
    String codigoPatrimonial,
    String tecnico,
    ModoAtencion modoAtencion,
    String proveedor,
    EstadoTicket estado,
    String registradoPor,
    OffsetDateTime registradoEn,
    OffsetDateTime cerradoEn,
    Long tiempoAtencionSegundos,
    String numeroCargo,
    OffsetDateTime cargoDerivadoEn,
    String processInstanceId,
    OffsetDateTime conformidadEn,
    String conformidadCanal) {

  /** Los datos del ticket tal como los leen el técnico, el usuario o el proveedor en un correo. */
  public String ficha() {
    StringBuilder texto = new StringBuilder()
        .append("Ticket: ").append(codigo).append('\n')
        .append("Tipo: ").append(tipo.etiqueta()).append('\n')
        .append("Servicio: ").append(servicio.etiquetaCompleta()).append('\n')
        .append("Solicitante: ").append(solicitante).append('\n')
        .append("Asunto: ").append(asunto).append('\n');
    if (codigoPatrimonial != null) {
      texto.append("Código patrimonial: ").append(codigoPatrimonial).append('\n');
    }
    if (descripcion != null) {
      texto.append("Descripción:\n").append(descripcion).append('\n');
    }
    return texto.toString();
  }

  /** Asunto de todo correo del ticket: lleva su código para que las respuestas se reconozcan. */
  public String asuntoCorreo(String motivo) {
    return "[" + codigo + "] " + motivo;
  }
}
