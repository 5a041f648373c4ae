package pe.gob.osce.soporte.documento;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.documento.LienzoPdf.Firma;

/**
 * El "Cargo de asignación de equipos de cómputo" (Anexo 2 del PS01.01.01) que la actividad 10 envía
 * al servidor/a para su firma digital, con la disposición del formato en papel.
 */
@Component
public class CargoAsignacionPdf {

  static final String NOTA =
      "Se hace entrega de una copia de este documento a el/la servidor/a de la referencia"
          + " y a Control Patrimonial.";

  public byte[] generar(CargoAsignacion cargo) {
    String numero =
        "N°\u00A0" + Objects.toString(cargo.numero(), ""); // el número no se separa de "N°"
    try (LienzoPdf pdf = new LienzoPdf("Cargo de asignación de equipos de cómputo " + numero)) {
      pdf.encabezado("OSCE-OTI-UAST", "CARGO DE ASIGNACIÓN DE EQUIPOS DE CÓMPUTO " + numero);
      pdf.espacio(16);
      pdf.campo("Fecha:", TextoPdf.fecha(cargo.fecha()));
      pdf.campo("Servidor/a:", cargo.servidor());
      pdf.campo("Órgano/Unidad orgánica:", cargo.organoUnidad());
      pdf.espacio(14);
      pdf.tablaBienes(
          "Se retira los siguientes bienes del ÓRGANO Y/O UNIDAD ORGÁNICA:", cargo.retirados());
      pdf.espacio(16);
      pdf.tablaBienes(
          "Se asigna los siguientes bienes al ÓRGANO Y/O UNIDAD ORGÁNICA:", cargo.asignados());
      pdf.espacio(12);
      pdf.firmas(
          List.of(
              new Firma("Firma del Servidor/a", cargo.servidor()),
              new Firma("Firma del Servidor/a de la UAST", cargo.tecnico())));
      pdf.espacio(18);
      pdf.campo("Nota:", NOTA);
      return pdf.terminar(
          "Cargo de asignación "
              + numero
              + " · Ticket de atención "
              + Objects.toString(cargo.codigoTicket(), ""));
    } catch (IOException e) {
      throw new UncheckedIOException("No se pudo generar el cargo de asignación " + numero, e);
    }
  }
}
