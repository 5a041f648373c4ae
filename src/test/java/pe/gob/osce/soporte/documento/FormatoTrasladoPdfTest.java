package pe.gob.osce.soporte.documento;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormatoTrasladoPdfTest {

  @Test
  void formatoDeTrasladoMuestraAmbasSedesYLosBienes() throws Exception {
    FormatoTraslado traslado =
        new FormatoTraslado(
            "001-2026",
            LocalDate.of(2026, 3, 5),
            "SOP-2026-000042",
            "María Quispe",
            "Unidad de Abastecimiento",
            "Sede Central - Jesús María",
            "Sede San Isidro",
            List.of(new BienCargo("CPU", "HP", "740899500001", "Con teclado y mouse")),
            "Julio Cárdenas");

    TextoDePdf pdf = TextoDePdf.de(new FormatoTrasladoPdf().generar(traslado));
    String texto = pdf.corrido();

    assertThat(pdf.hojas()).isEqualTo(1);
    assertThat(texto)
        .contains(
            "OSCE-OTI-UAST",
            "FORMATO DE TRASLADO DE EQUIPOS ENTRE SEDES N° 001-2026",
            "Fecha: 05/03/2026",
            "Servidor/a: María Quispe",
            "Órgano/Unidad orgánica: Unidad de Abastecimiento",
            "Sede de origen: Sede Central - Jesús María",
            "Sede de destino: Sede San Isidro",
            "CPU HP 740899500001 Con teclado y mouse",
            "Julio Cárdenas",
            "SOP-2026-000042");
    assertThat(texto)
        .contains(
            "Firma de quien entrega", "Firma de quien recibe", "Firma del Servidor/a de la UAST");
    assertThat(texto).doesNotContain("null");
  }
}
