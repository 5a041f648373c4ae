package pe.gob.osce.soporte.documento;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Dónde viven los documentos generados o subidos (cargos, formatos de traslado, informes); la
 * carpeta compartida "Asignaciones" de la actividad 11 está debajo.
 *
 * @param directorio carpeta base, {@code soporte.documentos.directorio}; la aplicación la toma de
 *     SOPORTE_DOCUMENTOS_DIR o de SOPORTE_DATA_DIR/documentos
 */
@ConfigurationProperties("soporte.documentos")
public record DocumentosProperties(@DefaultValue("./data/documentos") String directorio) {

  public DocumentosProperties {
    if (directorio == null || directorio.isBlank()) {
      directorio = "./data/documentos";
    }
  }
}
