package pe.gob.osce.soporte.documento;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * El informe de baja (actividad 20) leído de vuelta con PDFBox, como lo leería la Jefatura de la
 * OTI.
 */
class InformeBajaPdfTest {

  private final InformeBajaPdf pdf = new InformeBajaPdf();

  private static InformeBaja.Bien bien(int i) {
    return new InformeBaja.Bien(
        "740899" + i,
        "Impresora",
        "Epson",
        "L355",
        "SN-" + i,
        "Sede San Isidro",
        "No jala papel; rodillo gastado.",
        "Obsolescencia");
  }

  @Test
  void listaLosBienesConSuDiagnosticoYMotivoBajoElEncabezadoDeLaUast() throws Exception {
    TextoDePdf informe =
        TextoDePdf.de(
            pdf.generar(
                new InformeBaja(
                    "007-2026",
                    LocalDate.of(2026, 3, 9),
                    "Rosa Quispe",
                    "Los equipos superaron su vida útil.",
                    List.of(bien(1), bien(2)))));
    String texto = informe.corrido();
    assertThat(informe.hojas()).isEqualTo(1);
    assertThat(texto)
        .contains(
            "OSCE-OTI-UAST",
            "INFORME DE BAJA DE EQUIPOS N° 007-2026",
            "Fecha: 09/03/2026",
            "Para: Jefa/Jefe de la Oficina de Tecnologías de la Información (OTI)",
            "Los equipos superaron su vida útil.",
            "CÓDIGO PATRIMONIAL",
            "TIPO",
            "MARCA",
            "MODELO",
            "SERIE",
            "DIAGNÓSTICO",
            "MOTIVO",
            "7408991 Impresora Epson L355 SN-1",
            "7408992 Impresora Epson L355 SN-2",
            "SEDE",
            "Sede San Isidro",
            "Obsolescencia",
            "Elaborado por: Asistente de Mesa de Ayuda",
            "Rosa Quispe",
            "Revisado y emitido: Jefa/Jefe de la UAST",
            "Página 1 de 1");
    assertThat(texto.indexOf("7408991")).isLessThan(texto.indexOf("7408992"));
  }

  @Test
  void muchosBienesSiguenEnOtraHojaConLaCabeceraRepetida() throws Exception {
    List<InformeBaja.Bien> bienes = new ArrayList<>();
    for (int i = 10; i < 70; i++) {
      bienes.add(bien(i));
    }
    TextoDePdf informe =
        TextoDePdf.de(
            pdf.generar(
                new InformeBaja(
                    "008-2026",
                    LocalDate.of(2026, 3, 9),
                    "Rosa Quispe",
                    "Lote de impresoras del almacén.",
                    bienes)));
    assertThat(informe.hojas()).isGreaterThan(1);
    assertThat(informe.corrido())
        .contains("74089910", "74089969", "(continuación)", "Página 2 de " + informe.hojas());
  }
}
