package pe.gob.osce.soporte.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TablaTest {

  @TempDir Path carpeta;

  @AfterEach
  void restaurar() {
    System.clearProperty("benchmark.tabla");
    Tabla.olvidar();
  }

  @Test
  void lasFilasDeVariasJvmTerminanEnUnaSolaTablaConSuCumplimiento() throws Exception {
    Path archivo = carpeta.resolve("tabla.tsv");
    // Lo que dejó la JVM anterior (la corrida sobre H2).
    Files.writeString(archivo, "Tickets/s | ratio\tH2\t1\t0,80\t≥ 0,70\ttrue\n");
    System.setProperty("benchmark.tabla", archivo.toString());

    Tabla.agregar("Inicio\tdel jar", "PostgreSQL", 1, "9,5 s", "≤ 15 s", false);
    Tabla.agregar("Indicador", "PostgreSQL", 1, "263 ms", "", null);

    assertThat(Tabla.agregoFilas()).isTrue();
    assertThat(Tabla.filas())
        .extracting(Tabla.Fila::base)
        .containsExactly("PostgreSQL", "PostgreSQL");
    System.setProperty("benchmark.tabla.continuar", "true");
    try {
      Tabla.agregar("Otra", "H2", 4, "1", "2", true);
    } finally {
      System.clearProperty("benchmark.tabla.continuar");
    }
    String tabla = Tabla.markdown(Tabla.filas());
    assertThat(tabla)
        .contains("| Medida | Base de datos | Clientes | Valor | Meta | Cumple |")
        .contains("| Inicio del jar | PostgreSQL | 1 | 9,5 s | ≤ 15 s | no |")
        .contains("| Indicador | PostgreSQL | 1 | 263 ms |  | — |")
        .contains("| Otra | H2 | 4 | 1 | 2 | sí |")
        .doesNotContain("ratio");
    Tabla.imprimir();
    assertThat(Files.readString(carpeta.resolve("tabla.md")))
        .contains("| Otra | H2 | 4 | 1 | 2 | sí |");
  }
}
