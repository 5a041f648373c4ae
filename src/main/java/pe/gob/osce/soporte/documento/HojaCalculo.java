package pe.gob.osce.soporte.documento;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Un libro .xlsx como los que la unidad llevaba a mano: un título, encabezados en español con
 * filtro, filas con fechas en formato peruano. Lo usan los registros y el indicador, para que todas
 * las descargas se vean igual.
 *
 * <pre>
 * byte[] xlsx = new HojaCalculo()
 *     .hoja("Actividades de soporte", "Del 01/01/2026 al 31/12/2026", List.of("Código", "Registrado"))
 *     .fila("SOP-2026-000001", LocalDateTime.now())
 *     .aBytes();
 * </pre>
 */
public final class HojaCalculo {

  private static final ZoneId LIMA = ZoneId.of("America/Lima");

  private final XSSFWorkbook libro = new XSSFWorkbook();
  private final CellStyle titulo;
  private final CellStyle encabezado;
  private final CellStyle fechaHora;
  private final CellStyle fecha;
  private final CellStyle decimal;
  private Sheet hoja;
  private int columnas;
  private int filaEncabezado;
  private final List<Sheet> hojas = new ArrayList<>();

  public HojaCalculo() {
    var creacion = libro.getCreationHelper();
    Font negrita = libro.createFont();
    negrita.setBold(true);
    Font grande = libro.createFont();
    grande.setBold(true);
    grande.setFontHeightInPoints((short) 13);
    titulo = libro.createCellStyle();
    titulo.setFont(grande);
    encabezado = libro.createCellStyle();
    encabezado.setFont(negrita);
    encabezado.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    encabezado.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    encabezado.setBorderBottom(BorderStyle.THIN);
    encabezado.setWrapText(true);
    fechaHora = libro.createCellStyle();
    fechaHora.setDataFormat(creacion.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
    fecha = libro.createCellStyle();
    fecha.setDataFormat(creacion.createDataFormat().getFormat("dd/mm/yyyy"));
    decimal = libro.createCellStyle();
    decimal.setDataFormat(creacion.createDataFormat().getFormat("0.00"));
  }

  /**
   * Empieza una hoja: nombre de la pestaña, una línea de título (subtítulo opcional) y los
   * encabezados.
   */
  public HojaCalculo hoja(String nombre, String subtitulo, List<String> encabezados) {
    terminarHoja();
    hoja = libro.createSheet(nombre.length() > 31 ? nombre.substring(0, 31) : nombre);
    hojas.add(hoja);
    int fila = 0;
    celda(hoja.createRow(fila++), 0, nombre).setCellStyle(titulo);
    if (subtitulo != null && !subtitulo.isBlank()) {
      celda(hoja.createRow(fila++), 0, subtitulo);
    }
    fila++;
    filaEncabezado = fila;
    Row fe = hoja.createRow(fila);
    for (int i = 0; i < encabezados.size(); i++) {
      celda(fe, i, encabezados.get(i)).setCellStyle(encabezado);
    }
    columnas = encabezados.size();
    hoja.createFreezePane(0, filaEncabezado + 1);
    return this;
  }

  /** Una fila de datos; admite texto, números, booleanos (Sí/No), fechas y nulos (celda vacía). */
  public HojaCalculo fila(Object... valores) {
    Row r = hoja.createRow(hoja.getLastRowNum() + 1);
    for (int i = 0; i < valores.length; i++) {
      celda(r, i, valores[i]);
    }
    return this;
  }

  public byte[] aBytes() {
    terminarHoja();
    try (libro;
        var salida = new ByteArrayOutputStream()) {
      libro.write(salida);
      return salida.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("No se pudo escribir la hoja de cálculo", e);
    }
  }

  private void terminarHoja() {
    if (hoja == null) {
      return;
    }
    int ultima = Math.max(hoja.getLastRowNum(), filaEncabezado);
    hoja.setAutoFilter(new CellRangeAddress(filaEncabezado, ultima, 0, Math.max(columnas - 1, 0)));
    for (int i = 0; i < columnas; i++) {
      hoja.autoSizeColumn(i);
      hoja.setColumnWidth(i, Math.min(Math.max(hoja.getColumnWidth(i), 12 * 256), 60 * 256));
    }
    hoja = null;
  }

  private Cell celda(Row fila, int columna, Object valor) {
    Cell c = fila.createCell(columna);
    if (valor == null) {
      return c;
    }
    if (valor instanceof String s) {
      c.setCellValue(s);
    } else if (valor instanceof Integer || valor instanceof Long) {
      c.setCellValue(((Number) valor).longValue());
    } else if (valor instanceof Number n) {
      c.setCellValue(n.doubleValue());
      c.setCellStyle(decimal);
    } else if (valor instanceof Boolean b) {
      c.setCellValue(b ? "Sí" : "No");
    } else if (valor instanceof LocalDateTime t) {
      c.setCellValue(t);
      c.setCellStyle(fechaHora);
    } else if (valor instanceof OffsetDateTime t) {
      c.setCellValue(t.atZoneSameInstant(LIMA).toLocalDateTime());
      c.setCellStyle(fechaHora);
    } else if (valor instanceof java.util.Date d) {
      c.setCellValue(LocalDateTime.ofInstant(d.toInstant(), LIMA));
      c.setCellStyle(fechaHora);
    } else if (valor instanceof LocalDate d) {
      c.setCellValue(d);
      c.setCellStyle(fecha);
    } else if (valor instanceof Enum<?> e) {
      c.setCellValue(e.name());
    } else {
      c.setCellValue(valor.toString());
    }
    return c;
  }
}
