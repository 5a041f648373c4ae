package pe.gob.osce.soporte.documento;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CargoAsignacionPdfTest {

  private final CargoAsignacionPdf generador = new CargoAsignacionPdf();

  @Test
  void cargoMuestraDatosYCadaBienEnSuSeccion() throws Exception {
    CargoAsignacion cargo =
        new CargoAsignacion(
            "001-2026",
            LocalDate.of(2026, 3, 5),
            "SOP-2026-000042",
            "María Ñahui Quispe",
            "Unidad de Abastecimiento",
            List.of(
                new BienCargo("CPU", "HP", "740899500001", "Disco con sectores dañados"),
                new BienCargo("Monitor", "Lenovo", "740880370002", null)),
            List.of(new BienCargo("Laptop", "Dell", "740899500077", "Nueva, con cargador")),
            "Julio Cárdenas Ríos");

    TextoDePdf pdf = TextoDePdf.de(generador.generar(cargo));
    String texto = pdf.corrido();

    assertThat(pdf.hojas()).isEqualTo(1);
    assertThat(texto)
        .contains(
            "OSCE-OTI-UAST",
            "CARGO DE ASIGNACIÓN DE EQUIPOS DE CÓMPUTO",
            "N° 001-2026",
            "Fecha: 05/03/2026",
            "Servidor/a: María Ñahui Quispe",
            "Órgano/Unidad orgánica: Unidad de Abastecimiento",
            "EQUIPO MARCA CÓDIGO SBN OBSERVACIONES",
            "Firma del Servidor/a de la UAST",
            "Julio Cárdenas Ríos",
            "Nota: " + CargoAsignacionPdf.NOTA,
            "SOP-2026-000042");
    int retira = texto.indexOf("Se retira los siguientes bienes del ÓRGANO Y/O UNIDAD ORGÁNICA:");
    int asigna = texto.indexOf("Se asigna los siguientes bienes al ÓRGANO Y/O UNIDAD ORGÁNICA:");
    int firmas = texto.indexOf("Firma del Servidor/a");
    assertThat(retira).isNotNegative().isLessThan(asigna);
    assertThat(asigna).isLessThan(firmas);
    for (String retirado :
        List.of(
            "CPU HP 740899500001", "Disco con sectores dañados", "Monitor Lenovo 740880370002")) {
      assertThat(texto.indexOf(retirado)).as(retirado).isGreaterThan(retira).isLessThan(asigna);
    }
    assertThat(texto.indexOf("Laptop Dell 740899500077 Nueva, con cargador"))
        .isGreaterThan(asigna)
        .isLessThan(firmas);
  }

  @Test
  void cargoConCuarentaBienesContinuaEnOtraHojaSinPerderNinguno() throws Exception {
    List<BienCargo> bienes =
        IntStream.rangeClosed(1, 40)
            .mapToObj(
                i ->
                    new BienCargo(
                        "Monitor " + i, "Samsung", "7408%04d".formatted(i), "Observación " + i))
            .toList();
    CargoAsignacion cargo =
        new CargoAsignacion(
            "002-2026",
            LocalDate.of(2026, 4, 1),
            "SOP-2026-000043",
            "Ana Torres",
            "Oficina de Tecnologías de la Información",
            bienes,
            bienes,
            "Julio Cárdenas");

    TextoDePdf pdf = TextoDePdf.de(generador.generar(cargo));

    assertThat(pdf.hojas()).isGreaterThanOrEqualTo(2);
    for (BienCargo bien : bienes) {
      assertThat(pdf.texto().split(bien.codigoSbn(), -1)).as(bien.codigoSbn()).hasSize(3);
    }
    assertThat(pdf.corrido())
        .contains("Página 1 de " + pdf.hojas(), "Firma del Servidor/a de la UAST");
  }

  @Test
  void observacionMasLargaQueUnaHojaSeParteSinPerderTexto() throws Exception {
    String larga =
        IntStream.rangeClosed(1, 400)
            .mapToObj(i -> "palabra" + i)
            .reduce((a, b) -> a + " " + b)
            .orElseThrow();
    CargoAsignacion cargo =
        new CargoAsignacion(
            "003-2026",
            LocalDate.of(2026, 4, 2),
            "SOP-2026-000044",
            "Ana Torres",
            "OTI",
            List.of(new BienCargo("CPU", "HP", "740899500001", larga)),
            List.of(),
            "Julio");

    TextoDePdf pdf = TextoDePdf.de(generador.generar(cargo));

    assertThat(pdf.hojas()).isGreaterThanOrEqualTo(2);
    assertThat(pdf.corrido()).contains("palabra1 palabra2", "palabra399 palabra400", "Se asigna");
    IntStream.rangeClosed(1, 400)
        .forEach(i -> assertThat(pdf.texto()).containsPattern("palabra" + i + "\\b"));
  }

  @Test
  void camposVaciosSeImprimenEnBlancoComoElFormato() throws Exception {
    CargoAsignacion cargo = new CargoAsignacion(null, null, null, null, " ", null, null, null);

    TextoDePdf pdf = TextoDePdf.de(generador.generar(cargo));

    assertThat(pdf.hojas()).isEqualTo(1);
    assertThat(pdf.texto()).doesNotContainIgnoringCase("null");
    assertThat(pdf.corrido()).contains("N° ", "Fecha:", "Servidor/a:", "Firma del Servidor/a");
  }

  @Test
  void caracteresQueLaFuenteNoTieneSeReemplazanSinFallar() throws Exception {
    CargoAsignacion cargo =
        new CargoAsignacion(
            "004-2026",
            LocalDate.of(2026, 4, 3),
            "SOP-2026-000045",
            "Ștefan Ñuñez 李 😀\tPérez",
            "Gerencia\nde Servicios",
            List.of(),
            List.of(),
            "Zoë");

    String texto = TextoDePdf.de(generador.generar(cargo)).corrido();

    assertThat(texto).contains("Stefan Ñuñez ? ? Pérez", "Gerencia de Servicios", "Zoë");
  }
}
