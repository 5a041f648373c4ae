package pe.gob.osce.soporte.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import pe.gob.osce.soporte.correo.PlantillaCorreo.Redaccion;

/**
 * Las plantillas del proceso atencionTicket redactan, byte a byte, los correos que antes escribían
 * los delegates con bloques de texto (los textos esperados son esos bloques, copiados tal cual).
 */
class CorreosTicketTest {

  private static final String FICHA =
      "Ticket: SOP-2026-000042\nTipo: Incidencia\nAsunto: Impresora atasca papel\n";

  @Test
  void derivacionAlTecnico() {
    Redaccion redaccion =
        CorreosTicket.DERIVACION
            .con("asunto", "Impresora atasca papel")
            .con("nombre", "Luis")
            .con("apellido", "Rojas")
            .con("ficha", FICHA)
            .redactar();

    assertThat(redaccion.asunto()).isEqualTo("Ticket asignado: Impresora atasca papel");
    assertThat(redaccion.cuerpo())
        .isEqualTo(
            """
        %s %s:

        Se le asignó la atención del siguiente ticket (actividad 2 del procedimiento PS01.01.01).
        Evalúe la forma de atención en Tasklist (actividad 3).

        %s
        Mesa de Ayuda – UAST
        """
                .formatted("Luis", "Rojas", FICHA));
  }

  @Test
  void regularizacionDelPedidoTelefonico() {
    Redaccion redaccion =
        CorreosTicket.REGULARIZACION
            .con("ticket", "SOP-2026-000042")
            .con("ficha", FICHA)
            .redactar();

    assertThat(redaccion.asunto()).isEqualTo("Regularice su pedido telefónico por correo");
    assertThat(redaccion.cuerpo())
        .isEqualTo(
            """
        Estimado/a servidor/a:

        Registramos su pedido recibido por teléfono (anexo 2351) con el ticket %s.
        Según el procedimiento PS01.01.01, le pedimos regularizar la atención respondiendo a este
        correo con el detalle de su incidencia o requerimiento.

        %s
        Atentamente,
        Mesa de Ayuda – UAST
        """
                .formatted("SOP-2026-000042", FICHA));
  }

  @Test
  void acuseDeRecibo() {
    Redaccion redaccion = CorreosTicket.ACUSE_RECIBO.con("ticket", "SOP-2026-000042").redactar();

    assertThat(redaccion.asunto()).isEqualTo("Recibimos su pedido");
    assertThat(redaccion.cuerpo())
        .isEqualTo(
            """
        Estimado/a servidor/a:

        Registramos su pedido con el código %s. Para cualquier consulta o información adicional,
        responda a este correo o indique ese código en el asunto.

        Por seguridad, este acuse no repite el contenido de su mensaje.

        Atentamente,
        Mesa de Ayuda – UAST
        """
                .formatted("SOP-2026-000042"));
  }

  @Test
  void escalamientoAlProveedor() {
    Redaccion redaccion =
        CorreosTicket.ESCALAMIENTO_PROVEEDOR
            .con("asunto", "Impresora atasca papel")
            .con("proveedor", "Servicios Andinos SAC")
            .con("motivo", "Garantía vigente")
            .con("ficha", FICHA)
            .redactar();

    assertThat(redaccion.asunto()).isEqualTo("Solicitud de atención: Impresora atasca papel");
    assertThat(redaccion.cuerpo())
        .isEqualTo(
            """
        Estimado/a proveedor/a %s:

        La Unidad de Arquitectura y Soporte de TIC (UAST) del OSCE solicita su atención para el
        siguiente caso.

        Motivo: %s

        %s
        Al concluir el servicio, responda a este correo con el informe, guía de atención o boleta.

        Atentamente,
        Mesa de Ayuda – UAST
        """
                .formatted("Servicios Andinos SAC", "Garantía vigente", FICHA));
  }

  @Test
  void solicitudDeConformidad() {
    String atencion = "El/la técnico/a de soporte concluyó la atención de su pedido.";
    Redaccion redaccion =
        CorreosTicket.CONFORMIDAD
            .con("atencion", atencion)
            .con("enlaceConforme", "http://h/c?f=1")
            .con("enlaceProblema", "http://h/p?f=2")
            .con("ficha", FICHA)
            .redactar();

    assertThat(redaccion.asunto()).isEqualTo("Solicitud de conformidad de la atención");
    assertThat(redaccion.cuerpo())
        .isEqualTo(
            """
        Estimado/a servidor/a:

        %s
        Le pedimos indicar su conformidad con la atención, o reportar el problema si aún persiste
        (los enlaces se usan una sola vez, sin usuario ni clave):

        Conforme con la atención: %s
        Reportar un problema: %s

        También puede responder a este correo.

        %s
        Atentamente,
        Mesa de Ayuda – UAST
        """
                .formatted(atencion, "http://h/c?f=1", "http://h/p?f=2", FICHA));
  }

  @Test
  void cargoPorFirmarConYSinFormatoDeTraslado() {
    for (String traslado : new String[] {"", " y el formato de traslado de equipos"}) {
      Redaccion redaccion =
          CorreosTicket.CARGO_POR_FIRMAR
              .con("numero", "CA-2026-0007")
              .con("traslado", traslado)
              .con("ficha", FICHA)
              .redactar();

      assertThat(redaccion.asunto())
          .isEqualTo("Cargo de asignación de equipos N° CA-2026-0007 para su firma");
      assertThat(redaccion.cuerpo())
          .isEqualTo(
              """
          Estimado/a servidor/a:

          Adjuntamos el cargo de asignación de equipos de cómputo N° %s%s.
          Le pedimos firmarlo digitalmente y devolverlo respondiendo a este correo.

          %s
          Atentamente,
          Soporte Técnico – UAST
          """
                  .formatted("CA-2026-0007", traslado, FICHA));
    }
  }
}
