package pe.gob.osce.soporte.correo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import pe.gob.osce.soporte.correo.PlantillaCorreo.Redaccion;

/** Las plantillas de correo sin Spring ni motor: asunto, cuerpo y marcadores. */
class PlantillaCorreoTest {

  private final PlantillaCorreo plantilla =
      PlantillaCorreo.leer(
          "prueba.txt", "Asunto: Ticket {ticket}\n\nHola {nombre}:\n\n{ficha}Atentamente,\n");

  @Test
  void separaElAsuntoDelCuerpoYReemplazaCadaMarcador() {
    Redaccion redaccion =
        plantilla
            .con("ticket", "SOP-2026-000001")
            .con("nombre", "Ana")
            .con("ficha", "Asunto: Teclado\n")
            .redactar();

    assertThat(redaccion.asunto()).isEqualTo("Ticket SOP-2026-000001");
    assertThat(redaccion.cuerpo()).isEqualTo("Hola Ana:\n\nAsunto: Teclado\nAtentamente,\n");
    assertThat(plantilla.marcadores()).containsExactly("ticket", "nombre", "ficha");
  }

  @Test
  void unValorConLlavesOSignosDeReemplazoSeEscribeTalCual() {
    Redaccion redaccion =
        plantilla.con("ticket", "$1").con("nombre", "{ficha}").con("ficha", "\\n").redactar();

    assertThat(redaccion.asunto()).isEqualTo("Ticket $1");
    assertThat(redaccion.cuerpo()).isEqualTo("Hola {ficha}:\n\n\\nAtentamente,\n");
  }

  @Test
  void unValorNuloSeEscribeComoAntesConFormatted() {
    assertThat(
            plantilla.con("ticket", null).con("nombre", "Ana").con("ficha", "").redactar().asunto())
        .isEqualTo("Ticket null");
  }

  @Test
  void faltaOSobraUnValorYElErrorLoNombra() {
    assertThatThrownBy(() -> plantilla.con("ticket", "T").con("nombre", "Ana").redactar())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("{ficha}")
        .hasMessageContaining("prueba.txt");
    assertThatThrownBy(
            () ->
                plantilla
                    .con("ticket", "T")
                    .con("nombre", "Ana")
                    .con("ficha", "")
                    .con("fecha", "hoy")
                    .redactar())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[fecha]");
  }

  @Test
  void unaPlantillaSinAsuntoOSinCuerpoSeRechazaAlCargar() {
    assertThatThrownBy(() -> PlantillaCorreo.leer("mala.txt", "Hola {nombre}:\n\nCuerpo\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("mala.txt")
        .hasMessageContaining("Asunto");
    assertThatThrownBy(() -> PlantillaCorreo.leer("mala.txt", "Asunto: Solo asunto\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("mala.txt");
    assertThatThrownBy(() -> PlantillaCorreo.cargar("correos/no-existe.txt"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("correos/no-existe.txt");
  }

  @Test
  void losFinesDeLineaDeWindowsSeLeenComoUnix() {
    PlantillaCorreo deWindows =
        PlantillaCorreo.leer("w.txt", "Asunto: A {x}\r\n\r\nLínea 1\r\nLínea 2\r\n");

    assertThat(deWindows.con("x", "1").redactar())
        .isEqualTo(new Redaccion("A 1", "Línea 1\nLínea 2\n"));
  }
}
