package pe.gob.osce.soporte.documento;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Lee un PDF generado como lo leería una persona: su texto, en orden, y sus hojas. */
public record TextoDePdf(String texto, int hojas) {

  public static TextoDePdf de(byte[] pdf) throws IOException {
    try (PDDocument documento = Loader.loadPDF(pdf)) {
      return new TextoDePdf(new PDFTextStripper().getText(documento), documento.getNumberOfPages());
    }
  }

  /** El texto con los saltos de línea y espacios repetidos cambiados por un espacio. */
  public String corrido() {
    return texto.replaceAll("\\s+", " ");
  }
}
