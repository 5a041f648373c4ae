package pe.gob.osce.soporte.documento;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AlmacenDocumentosTest {

  @TempDir Path base;

  private AlmacenDocumentos almacen() {
    return new AlmacenDocumentos(new DocumentosProperties(base.resolve("documentos").toString()));
  }

  @Test
  void guardaElCargoEnAsignacionesYLoLeeDeVuelta() throws Exception {
    byte[] pdf = "%PDF-1.7 cargo".getBytes(StandardCharsets.UTF_8);

    Path ruta =
        almacen().guardar(AlmacenDocumentos.CARPETA_ASIGNACIONES, "cargo-001-2026.pdf", pdf);

    assertThat(ruta).isEqualTo(base.resolve("documentos/Asignaciones/cargo-001-2026.pdf"));
    assertThat(almacen().leer(AlmacenDocumentos.CARPETA_ASIGNACIONES, "cargo-001-2026.pdf"))
        .hasValue(pdf);
    try (var archivos = Files.list(ruta.getParent())) {
      assertThat(archivos).containsExactly(ruta);
    }
  }

  @Test
  void guardarDeNuevoReemplazaElDocumento() {
    almacen().guardar("Asignaciones", "cargo firmado (1).pdf", new byte[] {1, 2, 3});
    almacen().guardar("Asignaciones", "cargo firmado (1).pdf", new byte[] {4});

    assertThat(almacen().leer("Asignaciones", "cargo firmado (1).pdf")).hasValue(new byte[] {4});
  }

  @Test
  void documentoQueNoExisteSeLeeVacio() {
    assertThat(almacen().leer("Asignaciones", "no-existe.pdf")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../x.pdf",
        "..",
        ".",
        "a/b.pdf",
        "a\\b.pdf",
        "/etc/passwd",
        ".oculto",
        "",
        " ",
        "c:x.pdf"
      })
  void rechazaNombresQuePodrianSalirDeLaCarpeta(String nombre) {
    assertThatThrownBy(() -> almacen().guardar("Asignaciones", nombre, new byte[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no es válido");
    assertThatThrownBy(() -> almacen().leer(nombre, "x.pdf"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(base.resolve("x.pdf")).doesNotExist();
  }

  @Test
  void sinDirectorioConfiguradoUsaDataDocumentos() {
    assertThat(new DocumentosProperties(null).directorio()).isEqualTo("./data/documentos");
  }
}
