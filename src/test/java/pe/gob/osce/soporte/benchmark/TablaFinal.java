package pe.gob.osce.soporte.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Última ejecución del perfil benchmark: cada benchmark corre en su propia JVM (una aplicación de
 * Spring por JVM, como en producción) y deja sus filas en el mismo archivo; esta clase imprime la
 * tabla entera una sola vez.
 */
class TablaFinal {

  @Test
  void imprimeLaTablaDeTodosLosBenchmarks() {
    assertThat(Tabla.filas())
        .as("filas de los benchmarks en " + System.getProperty("benchmark.tabla"))
        .isNotEmpty();
    Tabla.imprimir();
  }
}
