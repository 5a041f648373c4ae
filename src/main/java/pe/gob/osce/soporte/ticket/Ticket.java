package pe.gob.osce.soporte.ticket;

import java.time.OffsetDateTime;
import pe.gob.osce.soporte.catalogo.Canal;
import pe.gob.osce.soporte.catalogo.Servicio;
import pe.gob.osce.soporte.catalogo.TipoTicket;

/**
 * Una fila del registro "Actividades de soporte". Un ticket nuevo nace con {@link #registrado}; el
 * registro lo lee con {@link #delRegistro}, los únicos que construyen uno.
 *
 * <p>Una fuente por hecho: el registro (esta fila) es la fuente de los datos del ticket que leen
 * las personas y los demás sistemas (API, hojas de cálculo, indicador, correos) y el código Java
 * que decide (las reglas leen el tipo o el servicio de aquí). Las variables del proceso con el
 * mismo nombre (tecnico, modoAtencion, proveedor, numeroCargo) son lo que el formulario envió o lo
 * que el modelo necesita en sus expresiones ({@code ${tecnico}}, la compuerta del modo de atención)
 * y en los formularios siguientes; se escriben una vez, en el mismo paso que la columna, y nada las
 * vuelve a copiar. El estado solo está en el registro.
 */
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

  /** El ticket que la actividad 1 acaba de registrar: aún sin técnico, sin cierre ni cargo. */
  public static Ticket registrado(
      String codigo,
      TipoTicket tipo,
      Servicio servicio,
      Canal canal,
      Pedido pedido,
      String registradoPor,
      OffsetDateTime registradoEn,
      String processInstanceId) {
    return new Ticket(
        codigo,
        tipo,
        servicio,
        canal,
        pedido.solicitante(),
        pedido.asunto(),
        pedido.descripcion(),
        pedido.codigoPatrimonial(),
        null,
        null,
        null,
        EstadoTicket.REGISTRADO,
        registradoPor,
        registradoEn,
        null,
        null,
        null,
        null,
        processInstanceId,
        null,
        null);
  }

  /** Lo que el/la servidor/a escribió al pedir atención. */
  public record Pedido(
      String solicitante, String asunto, String descripcion, String codigoPatrimonial) {}

  /** Lo que el técnico y el proveedor hicieron con el ticket (actividades 2-8). */
  public record Atencion(
      String tecnico, ModoAtencion modoAtencion, String proveedor, EstadoTicket estado) {}

  /** El cierre (actividad 12), el cargo (10-11, 14) y la conformidad (7, 9). */
  public record Seguimiento(
      OffsetDateTime cerradoEn,
      Long tiempoAtencionSegundos,
      String numeroCargo,
      OffsetDateTime cargoDerivadoEn,
      OffsetDateTime conformidadEn,
      String conformidadCanal) {}

  /** Una fila leída del registro, con sus partes con nombre. */
  public static Ticket delRegistro(
      String codigo,
      TipoTicket tipo,
      Servicio servicio,
      Canal canal,
      Pedido pedido,
      Atencion atencion,
      String registradoPor,
      OffsetDateTime registradoEn,
      String processInstanceId,
      Seguimiento seguimiento) {
    return new Ticket(
        codigo,
        tipo,
        servicio,
        canal,
        pedido.solicitante(),
        pedido.asunto(),
        pedido.descripcion(),
        pedido.codigoPatrimonial(),
        atencion.tecnico(),
        atencion.modoAtencion(),
        atencion.proveedor(),
        atencion.estado(),
        registradoPor,
        registradoEn,
        seguimiento.cerradoEn(),
        seguimiento.tiempoAtencionSegundos(),
        seguimiento.numeroCargo(),
        seguimiento.cargoDerivadoEn(),
        processInstanceId,
        seguimiento.conformidadEn(),
        seguimiento.conformidadCanal());
  }

  /** Los datos del ticket tal como los leen el técnico, el usuario o el proveedor en un correo. */
  public String ficha() {
    StringBuilder texto =
        new StringBuilder()
            .append("Ticket: ")
            .append(codigo)
            .append('\n')
            .append("Tipo: ")
            .append(tipo.etiqueta())
            .append('\n')
            .append("Servicio: ")
            .append(servicio.etiquetaCompleta())
            .append('\n')
            .append("Solicitante: ")
            .append(solicitante)
            .append('\n')
            .append("Asunto: ")
            .append(asunto)
            .append('\n');
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
