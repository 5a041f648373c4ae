package pe.gob.osce.soporte.comun;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** La respuesta HTTP de una hoja de cálculo: tipo .xlsx y nombre de archivo para guardarla. */
public final class DescargaXlsx {

  public static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private DescargaXlsx() {}

  public static ResponseEntity<byte[]> de(String archivo, byte[] contenido) {
    return ResponseEntity.ok().contentType(XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(archivo).build().toString())
        .body(contenido);
  }
}
