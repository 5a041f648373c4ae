package pe.gob.osce.soporte.documento;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.documento.LienzoPdf.Firma;

/**
 * El "Informe de baja de equipos" de la actividad 20, con la disposición de los formatos de la
 * UAST: recuadro OSCE-OTI-UAST, destinatario, sustento, la relación de bienes y las firmas de quien
 * lo elabora y de la Jefatura de la UAST que lo emite a la OTI (actividad 21).
 */
@Component
public class InformeBajaPdf {

  private static final List<String> COLUMNAS =
      List.of(
          "CÓDIGO PATRIMONIAL",
          "TIPO",
          "MARCA",
          "MODELO",
          "SERIE",
          "SEDE",
          "DIAGNÓSTICO",
          "MOTIVO");
  private static final float[] PROPORCIONES = {
    0.15f, 0.11f, 0.09f, 0.10f, 0.11f, 0.10f, 0.19f, 0.15f
  };

  public byte[] generar(InformeBaja informe) {
    String numero = "N°\u00A0" + Objects.toString(informe.numero(), "");
    try (LienzoPdf pdf = new LienzoPdf("Informe de baja de equipos " + numero)) {
      pdf.encabezado("OSCE-OTI-UAST", "INFORME DE BAJA DE EQUIPOS " + numero);
      pdf.espacio(16);
      pdf.campo("Fecha:", TextoPdf.fecha(informe.fecha()));
      pdf.campo("Para:", "Jefa/Jefe de la Oficina de Tecnologías de la Información (OTI)");
      pdf.campo(
          "De:",
          "Unidad de Arquitectura y Soporte de Tecnologías de Información y Comunicaciones (UAST)");
      pdf.campo(
          "Asunto:",
          "Baja de equipos y/o medios de almacenamiento extraíble por obsolescencia,"
              + " inoperatividad o no reparación");
      pdf.espacio(12);
      pdf.parrafo("Sustento", true, 10);
      pdf.parrafo(Objects.toString(informe.sustento(), ""), false, 10);
      pdf.espacio(14);
      pdf.tabla(
          "Relación de bienes que se darán de baja:",
          COLUMNAS,
          PROPORCIONES,
          informe.bienes().stream().map(InformeBaja.Bien::celdas).toList(),
          1);
      pdf.espacio(12);
      pdf.parrafo(
          "Se solicita derivar el presente informe a la Oficina de Administración para iniciar el"
              + " procedimiento de baja respectivo (actividad 22 del PS01.01.01).",
          false,
          10);
      pdf.espacio(12);
      pdf.firmas(
          List.of(
              new Firma("Elaborado por: Asistente de Mesa de Ayuda", informe.elaboradoPor()),
              new Firma("Revisado y emitido: Jefa/Jefe de la UAST", "")));
      return pdf.terminar(
          "Informe de baja de equipos " + numero + " · PS01.01.01 Soporte técnico y mantenimiento");
    } catch (IOException e) {
      throw new UncheckedIOException("No se pudo generar el informe de baja " + numero, e);
    }
  }
}
