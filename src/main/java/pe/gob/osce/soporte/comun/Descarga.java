package pe.gob.osce.soporte.comun;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * La respuesta HTTP de un documento del servicio: las hojas .xlsx se descargan, los PDF (cargo,
 * informe de baja, reporte de mantenimiento) se abren en el navegador; el nombre del archivo va
 * codificado para que tildes y eñes lleguen bien.
 */
public final class Descarga {

  public static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private Descarga() {}

  public static ResponseEntity<byte[]> xlsx(String archivo, byte[] contenido) {
    return respuesta(XLSX, ContentDisposition.attachment(), archivo, contenido);
  }

  public static ResponseEntity<byte[]> pdf(String archivo, byte[] contenido) {
    return respuesta(MediaType.APPLICATION_PDF, ContentDisposition.inline(), archivo, contenido);
  }

  private static ResponseEntity<byte[]> respuesta(
      MediaType tipo, ContentDisposition.Builder forma, String archivo, byte[] contenido) {
    return ResponseEntity.ok()
        .contentType(tipo)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            forma.filename(archivo, StandardCharsets.UTF_8).build().toString())
        .body(contenido);
  }
}
