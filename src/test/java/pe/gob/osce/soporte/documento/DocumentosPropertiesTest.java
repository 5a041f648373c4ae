package pe.gob.osce.soporte.documento;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class DocumentosPropertiesTest {

  /** Como la aplicación, que además escanea las @ConfigurationProperties. */
  @ConfigurationPropertiesScan
  static class ConEscaneo {}

  private final ApplicationContextRunner contexto =
      new ApplicationContextRunner()
          .withUserConfiguration(ConEscaneo.class, DocumentosConfig.class, AlmacenDocumentos.class);

  @Test
  void sinPropiedadLosDocumentosVanADataDocumentos() {
    contexto.run(
        app -> {
          assertThat(app).hasSingleBean(DocumentosProperties.class);
          assertThat(app.getBean(DocumentosProperties.class).directorio())
              .isEqualTo("./data/documentos");
        });
  }

  @Test
  void laPropiedadCambiaLaCarpetaDelAlmacen(@TempDir Path carpeta) {
    contexto
        .withPropertyValues("soporte.documentos.directorio=" + carpeta)
        .run(
            app -> {
              app.getBean(AlmacenDocumentos.class)
                  .guardar("Asignaciones", "cargo.pdf", new byte[] {1});
              assertThat(carpeta.resolve("Asignaciones/cargo.pdf")).exists();
            });
  }
}
