package pe.gob.osce.soporte.documento;

import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Prepara y escribe el texto de LienzoPdf con las fuentes Standard 14 (WinAnsiEncoding): un nombre
 * con un carácter que la fuente no tiene no debe impedir emitir el cargo, y una observación larga
 * debe caber en su celda. El espacio no separable (U+00A0) une palabras que no deben partirse ("N°
 * 001-2026").
 */
final class TextoPdf {

  private static final DateTimeFormatter FECHA = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private TextoPdf() {}

  /** La fecha como dd/MM/yyyy, o vacío si no la hay. */
  static String fecha(LocalDate fecha) {
    return fecha == null ? "" : FECHA.format(fecha);
  }

  /** El texto con cada carácter que la fuente no codifica cambiado por su letra base o por "?". */
  static String seguro(PDFont fuente, String texto) {
    if (texto == null) {
      return "";
    }
    StringBuilder seguro = new StringBuilder();
    Normalizer.normalize(texto, Normalizer.Form.NFC)
        .codePoints()
        .forEach(c -> seguro.append(caracterSeguro(fuente, c)));
    return seguro.toString();
  }

  /** Escribe una línea ya segura con su línea base en (x, linea). */
  static void escribir(
      PDPageContentStream flujo, PDFont fuente, float tamano, float x, float linea, String texto)
      throws IOException {
    if (texto.isEmpty()) {
      return;
    }
    flujo.beginText();
    flujo.setFont(fuente, tamano);
    flujo.newLineAtOffset(x, linea);
    flujo.showText(texto);
    flujo.endText();
  }

  /**
   * Escribe las líneas una bajo otra desde "arriba", alineadas a la izquierda de la columna o
   * centradas en ella; devuelve dónde termina la última.
   */
  static float escribirLineas(
      PDPageContentStream flujo,
      PDFont fuente,
      float tamano,
      List<String> lineas,
      float x,
      float ancho,
      float arriba,
      boolean centradas)
      throws IOException {
    for (String linea : lineas) {
      float sangria = centradas ? (ancho - ancho(fuente, tamano, linea)) / 2 : 0;
      escribir(flujo, fuente, tamano, x + sangria, arriba - base(tamano), linea);
      arriba -= interlinea(tamano);
    }
    return arriba;
  }

  static float interlinea(float tamano) {
    return tamano * 1.25f;
  }

  /** Distancia del borde superior de la línea a la línea base (Helvetica, texto centrado). */
  static float base(float tamano) {
    return tamano * 0.88f;
  }

  static float ancho(PDFont fuente, float tamano, String textoSeguro) throws IOException {
    return fuente.getStringWidth(textoSeguro) / 1000 * tamano;
  }

  /**
   * Parte el texto en líneas que caben en el ancho dado, respetando los saltos de línea y cortando
   * por caracteres la palabra que no cabe sola. Devuelve al menos una línea.
   */
  static List<String> partir(PDFont fuente, float tamano, String texto, float ancho)
      throws IOException {
    List<String> lineas = new ArrayList<>();
    for (String parrafo : (texto == null ? "" : texto).split("\\R", -1)) {
      String actual = "";
      for (String palabra : parrafo.split("[ \\t]+")) {
        String segura = seguro(fuente, palabra);
        if (segura.isBlank()) {
          continue;
        }
        String candidata = actual.isEmpty() ? segura : actual + " " + segura;
        if (ancho(fuente, tamano, candidata) <= ancho) {
          actual = candidata;
          continue;
        }
        if (!actual.isEmpty()) {
          lineas.add(actual);
        }
        actual = segura;
        while (actual.length() > 1 && ancho(fuente, tamano, actual) > ancho) {
          int corte = cuantosCaben(fuente, tamano, actual, ancho);
          lineas.add(actual.substring(0, corte));
          actual = actual.substring(corte);
        }
      }
      lineas.add(actual);
    }
    return lineas;
  }

  private static int cuantosCaben(PDFont fuente, float tamano, String texto, float ancho)
      throws IOException {
    int corte = texto.offsetByCodePoints(0, 1);
    while (corte < texto.length()) {
      int siguiente = texto.offsetByCodePoints(corte, 1);
      if (ancho(fuente, tamano, texto.substring(0, siguiente)) > ancho) {
        break;
      }
      corte = siguiente;
    }
    return corte;
  }

  private static String caracterSeguro(PDFont fuente, int caracter) {
    if (caracter == '\t' || caracter == '\u00A0') {
      return " ";
    }
    if (Character.isISOControl(caracter) || Character.getType(caracter) == Character.FORMAT) {
      return "";
    }
    String texto = Character.toString(caracter);
    if (codificable(fuente, texto)) {
      return texto;
    }
    String base = Normalizer.normalize(texto, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    if (base.isEmpty()) {
      return "";
    }
    return codificable(fuente, base) ? base : "?";
  }

  private static boolean codificable(PDFont fuente, String texto) {
    try {
      fuente.encode(texto);
      return true;
    } catch (IllegalArgumentException | IOException e) {
      return false;
    }
  }
}
