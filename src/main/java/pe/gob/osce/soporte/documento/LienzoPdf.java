package pe.gob.osce.soporte.documento;

import static pe.gob.osce.soporte.documento.TextoPdf.ancho;
import static pe.gob.osce.soporte.documento.TextoPdf.base;
import static pe.gob.osce.soporte.documento.TextoPdf.escribir;
import static pe.gob.osce.soporte.documento.TextoPdf.escribirLineas;
import static pe.gob.osce.soporte.documento.TextoPdf.interlinea;
import static pe.gob.osce.soporte.documento.TextoPdf.partir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

/**
 * Dibuja los formatos en papel de la UAST (cargo de asignación, formato de traslado) en hojas A4
 * que se añaden solas: recuadro de encabezado, campos, tablas de bienes con celdas que se parten en
 * varias líneas, líneas de firma y un pie con la página. Escribe de arriba hacia abajo.
 */
final class LienzoPdf implements AutoCloseable {

  record Firma(String etiqueta, String nombre) {}

  private static final PDRectangle HOJA = PDRectangle.A4;
  private static final float MARGEN = 50;
  private static final float ANCHO = HOJA.getWidth() - 2 * MARGEN;
  private static final float TOPE = HOJA.getHeight() - MARGEN;
  private static final float LIMITE_INFERIOR = 64;
  private static final float RELLENO = 4;
  private static final float TAMANO = 10;
  private static final float TAMANO_TITULO = 11;
  private static final float TAMANO_TABLA = 9;
  private static final float LINEA_TABLA = interlinea(TAMANO_TABLA);
  private static final float ESPACIO_PARA_FIRMAR = 48;
  private static final List<String> COLUMNAS =
      List.of("EQUIPO", "MARCA", "CÓDIGO SBN", "OBSERVACIONES");
  private static final float[] PROPORCIONES = {0.30f, 0.15f, 0.15f, 0.40f};
  private static final int FILAS_MINIMAS = 3; // el formato en papel trae tres filas en blanco

  private final PDDocument documento = new PDDocument();
  private final PDFont normal = new PDType1Font(FontName.HELVETICA);
  private final PDFont negrita = new PDType1Font(FontName.HELVETICA_BOLD);
  private PDPageContentStream contenido;
  private float y;
  private float[] anchos; // de las columnas de la tabla en curso

  LienzoPdf(String titulo) throws IOException {
    documento.getDocumentInformation().setTitle(titulo);
    documento.getDocumentInformation().setAuthor("OSCE-OTI-UAST");
    nuevaPagina();
  }

  /** El recuadro de dos celdas del formato: la unidad a la izquierda, el título a la derecha. */
  void encabezado(String unidad, String titulo) throws IOException {
    float[] anchos = {0.30f * ANCHO, 0.70f * ANCHO};
    List<List<String>> celdas =
        List.of(
            partir(negrita, TAMANO_TITULO, unidad, anchos[0] - 4 * RELLENO),
            partir(negrita, TAMANO_TITULO, titulo, anchos[1] - 4 * RELLENO));
    float alto = lineas(celdas) * interlinea(TAMANO_TITULO) + 4 * RELLENO;
    asegurar(alto);
    float x = MARGEN;
    for (int i = 0; i < anchos.length; i++) {
      recuadro(x, anchos[i], alto, false);
      float arriba = y - (alto - celdas.get(i).size() * interlinea(TAMANO_TITULO)) / 2;
      escribirLineas(contenido, negrita, TAMANO_TITULO, celdas.get(i), x, anchos[i], arriba, true);
      x += anchos[i];
    }
    y -= alto;
  }

  /** "Etiqueta: valor", con el valor partido bajo sí mismo si es largo. */
  void campo(String etiqueta, String valor) throws IOException {
    String rotulo = TextoPdf.seguro(negrita, etiqueta) + " ";
    float sangria = ancho(negrita, TAMANO, rotulo);
    List<String> lineas = partir(normal, TAMANO, valor, ANCHO - sangria);
    asegurar(lineas.size() * interlinea(TAMANO));
    escribir(contenido, negrita, TAMANO, MARGEN, y - base(TAMANO), rotulo);
    y = escribirLineas(contenido, normal, TAMANO, lineas, MARGEN + sangria, 0, y, false);
  }

  void parrafo(String texto, boolean resaltado, float tamano) throws IOException {
    PDFont fuente = resaltado ? negrita : normal;
    for (String linea : partir(fuente, tamano, texto, ANCHO)) {
      asegurar(interlinea(tamano));
      y = escribirLineas(contenido, fuente, tamano, List.of(linea), MARGEN, ANCHO, y, false);
    }
  }

  void espacio(float alto) {
    y -= alto;
  }

  /**
   * El título y la tabla EQUIPO | MARCA | CÓDIGO SBN | OBSERVACIONES; sigue en otra hoja si no
   * cabe.
   */
  void tablaBienes(String titulo, List<BienCargo> bienes) throws IOException {
    tabla(
        titulo,
        COLUMNAS,
        PROPORCIONES,
        bienes.stream().map(BienCargo::celdas).toList(),
        FILAS_MINIMAS);
  }

  /**
   * Una tabla con título y cabecera amarilla: cada columna ocupa su proporción del ancho útil; se
   * completa con filas en blanco hasta el mínimo y sigue en otra hoja si no cabe.
   */
  void tabla(
      String titulo,
      List<String> columnas,
      float[] proporciones,
      List<List<String>> datos,
      int filasMinimas)
      throws IOException {
    anchos = new float[proporciones.length];
    for (int i = 0; i < proporciones.length; i++) {
      anchos[i] = proporciones[i] * ANCHO;
    }
    List<List<String>> cabecera = celdas(negrita, columnas);
    List<List<List<String>>> filas = new ArrayList<>();
    for (List<String> fila : datos) {
      filas.add(celdas(normal, fila));
    }
    while (filas.size() < Math.max(filasMinimas, 1)) {
      filas.add(celdas(normal, columnas.stream().map(c -> "").toList()));
    }
    float primeraFila = Math.min(alto(filas.get(0)), 3 * LINEA_TABLA + 2 * RELLENO);
    asegurar(altoCabecera(titulo, cabecera) + primeraFila);
    cabeceraConTitulo(titulo, cabecera);
    for (List<List<String>> fila : filas) {
      filaPartible(fila, titulo + " (continuación)", cabecera);
    }
  }

  /** Las líneas de firma, lado a lado, con la etiqueta y el nombre de quien firma debajo. */
  void firmas(List<Firma> firmas) throws IOException {
    float columna = ANCHO / firmas.size();
    float largo = Math.min(columna - 24, 200);
    int lineas = 0;
    for (Firma firma : firmas) {
      lineas =
          Math.max(
              lineas,
              partir(negrita, TAMANO_TABLA, firma.etiqueta(), largo).size()
                  + partir(normal, TAMANO_TABLA, firma.nombre(), largo).size());
    }
    asegurar(ESPACIO_PARA_FIRMAR + RELLENO + lineas * LINEA_TABLA);
    float raya = y - ESPACIO_PARA_FIRMAR;
    for (int i = 0; i < firmas.size(); i++) {
      float x = MARGEN + i * columna;
      contenido.moveTo(x + (columna - largo) / 2, raya);
      contenido.lineTo(x + (columna + largo) / 2, raya);
      contenido.stroke();
      List<String> etiqueta = partir(negrita, TAMANO_TABLA, firmas.get(i).etiqueta(), largo);
      float debajo =
          escribirLineas(
              contenido, negrita, TAMANO_TABLA, etiqueta, x, columna, raya - RELLENO, true);
      List<String> nombre = partir(normal, TAMANO_TABLA, firmas.get(i).nombre(), largo);
      escribirLineas(contenido, normal, TAMANO_TABLA, nombre, x, columna, debajo, true);
    }
    y = raya - RELLENO - lineas * LINEA_TABLA;
  }

  /** Pone el pie en cada hoja ("texto ... Página 1 de 2") y devuelve el PDF. */
  byte[] terminar(String pie) throws IOException {
    contenido.close();
    int total = documento.getNumberOfPages();
    String textoPie = TextoPdf.seguro(normal, pie);
    for (int i = 0; i < total; i++) {
      try (var hoja =
          new PDPageContentStream(documento, documento.getPage(i), AppendMode.APPEND, true, true)) {
        hoja.setNonStrokingColor(0.35f);
        escribir(hoja, normal, 7.5f, MARGEN, 36, textoPie);
        String numero = "Página " + (i + 1) + " de " + total;
        escribir(hoja, normal, 7.5f, MARGEN + ANCHO - ancho(normal, 7.5f, numero), 36, numero);
      }
    }
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    documento.save(pdf);
    return pdf.toByteArray();
  }

  @Override
  public void close() throws IOException {
    contenido.close(); // no hace nada si ya se cerró
    documento.close();
  }

  /**
   * Una fila que no cabe pasa entera a la hoja siguiente, bajo el título "(continuación)" para que
   * no se confunda lo que se retira con lo que se asigna; solo si no cabe en una hoja se parte.
   */
  private void filaPartible(List<List<String>> fila, String titulo, List<List<String>> cabecera)
      throws IOException {
    float libre = TOPE - altoCabecera(titulo, cabecera) - LIMITE_INFERIOR - 2 * RELLENO;
    int capacidadHojaNueva = (int) (libre / LINEA_TABLA);
    List<List<String>> resto = fila;
    while (true) {
      int caben = (int) ((y - LIMITE_INFERIOR - 2 * RELLENO) / LINEA_TABLA);
      if (lineas(resto) <= caben) {
        fila(resto, false);
        return;
      }
      if (lineas(resto) > capacidadHojaNueva && caben > 0) {
        fila(resto.stream().map(c -> c.subList(0, Math.min(caben, c.size()))).toList(), false);
        resto = resto.stream().map(c -> c.subList(Math.min(caben, c.size()), c.size())).toList();
      }
      nuevaPagina();
      cabeceraConTitulo(titulo, cabecera);
    }
  }

  private void cabeceraConTitulo(String titulo, List<List<String>> cabecera) throws IOException {
    parrafo(titulo, true, TAMANO);
    espacio(RELLENO);
    fila(cabecera, true);
  }

  private float altoCabecera(String titulo, List<List<String>> cabecera) throws IOException {
    return partir(negrita, TAMANO, titulo, ANCHO).size() * interlinea(TAMANO)
        + RELLENO
        + alto(cabecera);
  }

  private void fila(List<List<String>> celdas, boolean cabecera) throws IOException {
    float alto = alto(celdas);
    PDFont fuente = cabecera ? negrita : normal;
    float x = MARGEN;
    for (int i = 0; i < celdas.size(); i++) {
      recuadro(x, anchos[i], alto, cabecera);
      float texto = anchos[i] - 2 * RELLENO;
      escribirLineas(
          contenido,
          fuente,
          TAMANO_TABLA,
          celdas.get(i),
          x + RELLENO,
          texto,
          y - RELLENO,
          cabecera);
      x += anchos[i];
    }
    y -= alto;
  }

  private List<List<String>> celdas(PDFont fuente, List<String> textos) throws IOException {
    List<List<String>> celdas = new ArrayList<>();
    for (int i = 0; i < textos.size(); i++) {
      celdas.add(partir(fuente, TAMANO_TABLA, textos.get(i), anchos[i] - 2 * RELLENO));
    }
    return celdas;
  }

  private void recuadro(float x, float ancho, float alto, boolean amarillo) throws IOException {
    if (amarillo) {
      contenido.setNonStrokingColor(1f, 0xD7 / 255f, 0f); // #FFD700, como el formato en papel
      contenido.addRect(x, y - alto, ancho, alto);
      contenido.fill();
      contenido.setNonStrokingColor(0f);
    }
    contenido.addRect(x, y - alto, ancho, alto);
    contenido.stroke();
  }

  /** Pasa a una hoja nueva si lo que sigue no cabe, salvo en una hoja aún vacía. */
  private void asegurar(float alto) throws IOException {
    if (y - alto < LIMITE_INFERIOR && y < TOPE) {
      nuevaPagina();
    }
  }

  private void nuevaPagina() throws IOException {
    if (contenido != null) {
      contenido.close();
    }
    PDPage pagina = new PDPage(HOJA);
    documento.addPage(pagina);
    contenido = new PDPageContentStream(documento, pagina);
    contenido.setLineWidth(0.6f);
    y = TOPE;
  }

  private static int lineas(List<List<String>> celdas) {
    return celdas.stream().mapToInt(List::size).max().orElse(1);
  }

  private static float alto(List<List<String>> celdas) {
    return lineas(celdas) * LINEA_TABLA + 2 * RELLENO;
  }
}
