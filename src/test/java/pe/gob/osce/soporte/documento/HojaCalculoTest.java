package pe.gob.osce.soporte.documento;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class HojaCalculoTest {

  @Test
  void escribeTituloEncabezadosYFilasLegibles() throws Exception {
    byte[] xlsx =
        new HojaCalculo()
            .hoja(
                "Actividades de soporte",
                "Del 01/01/2026 al 31/01/2026",
                List.of("Código", "Registrado", "Horas", "Solucionado"))
            .fila("SOP-2026-000001", LocalDateTime.of(2026, 1, 5, 9, 30), 1.5, true)
            .fila("SOP-2026-000002", null, 2, false)
            .hoja("Resumen", null, List.of("Fecha"))
            .fila(LocalDate.of(2026, 1, 31))
            .aBytes();

    try (var libro = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      var f = new DataFormatter();
      var hoja = libro.getSheet("Actividades de soporte");
      assertThat(hoja.getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("Actividades de soporte");
      assertThat(hoja.getRow(1).getCell(0).getStringCellValue())
          .isEqualTo("Del 01/01/2026 al 31/01/2026");
      assertThat(hoja.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Código");
      assertThat(f.formatCellValue(hoja.getRow(4).getCell(1))).isEqualTo("05/01/2026 09:30");
      assertThat(hoja.getRow(4).getCell(2).getNumericCellValue()).isEqualTo(1.5);
      assertThat(hoja.getRow(4).getCell(3).getStringCellValue()).isEqualTo("Sí");
      assertThat(hoja.getRow(5).getCell(1)).isNotNull();
      assertThat(hoja.getRow(5).getCell(3).getStringCellValue()).isEqualTo("No");
      assertThat(f.formatCellValue(libro.getSheet("Resumen").getRow(3).getCell(0)))
          .isEqualTo("31/01/2026");
      assertThat(hoja.getCTWorksheet().isSetAutoFilter()).isTrue();
    }
  }
}
