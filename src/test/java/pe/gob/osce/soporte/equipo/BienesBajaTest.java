package pe.gob.osce.soporte.equipo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;
import pe.gob.osce.soporte.comun.DatosInvalidosException;

/**
 * La variable {@code bienes} de bajaBienes en cada forma en que llega: JSON, lista de Java o texto
 * con comas.
 */
class BienesBajaTest {

  @Test
  void aceptaArregloJsonListaYTextoSeparadoPorComasSinRepetidos() {
    assertThat(BienesBaja.codigos("[\"pc-1\", \"USB-2\", \"pc-1\"]"))
        .containsExactly("PC-1", "USB-2");
    assertThat(BienesBaja.codigos(Spin.JSON("[\"pc-1\",\"USB-2\"]")))
        .containsExactly("PC-1", "USB-2");
    assertThat(BienesBaja.codigos(List.of("pc-1", " usb-2 "))).containsExactly("PC-1", "USB-2");
    assertThat(BienesBaja.codigos(" pc-1, usb-2 ;pc-3")).containsExactly("PC-1", "USB-2", "PC-3");
    assertThat(BienesBaja.codigos(null)).isEmpty();
  }

  @Test
  void unJsonMalEscritoSeRechazaNombrandoElCampo() {
    assertThatThrownBy(() -> BienesBaja.codigos("[\"PC-1\", "))
        .isInstanceOf(DatosInvalidosException.class)
        .hasMessageContaining("bienes: no es un arreglo JSON válido");
  }
}
