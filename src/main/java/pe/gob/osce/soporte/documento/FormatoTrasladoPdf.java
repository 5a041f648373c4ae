package pe.gob.osce.soporte.documento;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.documento.LienzoPdf.Firma;

/**
 * El formato de traslado de equipos entre sedes que la actividad 10 del PS01.01.01 registra junto
 * al cargo de asignación cuando los bienes cambian de sede; firman quien entrega, quien recibe y la
 * UAST.
 */
@Component
public class FormatoTrasladoPdf {

  public byte[] generar(FormatoTraslado traslado) {
    String numero =
        "N°\u00A0" + Objects.toString(traslado.numero(), ""); // el número no se separa de "N°"
    try (LienzoPdf pdf = new LienzoPdf("Formato de traslado de equipos entre sedes " + numero)) {
      pdf.encabezado("OSCE-OTI-UAST", "FORMATO DE TRASLADO DE EQUIPOS ENTRE SEDES " + numero);
      pdf.espacio(16);
      pdf.campo("Fecha:", TextoPdf.fecha(traslado.fecha()));
      pdf.campo("Servidor/a:", traslado.servidor());
      pdf.campo("Órgano/Unidad orgánica:", traslado.organoUnidad());
      pdf.campo("Sede de origen:", traslado.sedeOrigen());
      pdf.campo("Sede de destino:", traslado.sedeDestino());
      pdf.espacio(14);
      pdf.tablaBienes(
          "Se trasladan los siguientes bienes de la sede de origen a la sede de destino:",
          traslado.bienes());
      pdf.espacio(12);
      pdf.firmas(
          List.of(
              new Firma("Firma de quien entrega", traslado.sedeOrigen()),
              new Firma("Firma de quien recibe", traslado.sedeDestino()),
              new Firma("Firma del Servidor/a de la UAST", traslado.tecnico())));
      return pdf.terminar(
          "Formato de traslado "
              + numero
              + " · Ticket de atención "
              + Objects.toString(traslado.codigoTicket(), ""));
    } catch (IOException e) {
      throw new UncheckedIOException("No se pudo generar el formato de traslado " + numero, e);
    }
  }
}
