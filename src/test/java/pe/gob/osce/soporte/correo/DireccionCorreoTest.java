package pe.gob.osce.soporte.correo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** La regla del destinatario de {@link CorreoSaliente}, sin servidor. */
class DireccionCorreoTest {

  @Test
  void direccionInstitucionalSeAcepta() {
    assertThat(CorreoSaliente.direccion("para", " maria.quispe@osce.gob.pe ").getAddress())
        .isEqualTo("maria.quispe@osce.gob.pe");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "maria.quispe",
        "maria@",
        "@osce.gob.pe",
        "maria quispe@osce.gob.pe",
        "María <maria@osce.gob.pe>",
        "a@osce.gob.pe, b@osce.gob.pe",
        "a@osce.gob.pe\r\nBcc: x@y.pe"
      })
  void direccionMalFormadaSeRechazaNombrandoElCampo(String valor) {
    assertThatThrownBy(() -> CorreoSaliente.direccion("para", valor))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("El campo 'para' no contiene una dirección de correo válida");
  }

  @Test
  void direccionVaciaSeRechazaComoObligatoria() {
    assertThatThrownBy(() -> CorreoSaliente.direccion("para", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("El campo 'para' del correo es obligatorio");
  }
}
