package pe.gob.osce.soporte;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import pe.gob.osce.soporte.cargo.ConsolidacionPatrimonioProceso;
import pe.gob.osce.soporte.comun.Variable;
import pe.gob.osce.soporte.equipo.BajaBienesProceso;
import pe.gob.osce.soporte.equipo.CicloVidaEquipoProceso;
import pe.gob.osce.soporte.mantenimiento.MantenimientoEquiposProceso;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso;
import pe.gob.osce.soporte.ticket.ReportarErrorProveedorProceso;

/**
 * Las seis clases de contrato tienen una sola forma: {@code CLAVE} (y mensajes) arriba, los ids del
 * modelo en {@code Elementos} y cada variable tipada en {@code Variables}. Sin motor ni Spring.
 */
class FormaContratosTest {

  private static final List<Class<?>> CONTRATOS =
      List.of(
          AtencionTicketProceso.class,
          ReportarErrorProveedorProceso.class,
          ConsolidacionPatrimonioProceso.class,
          CicloVidaEquipoProceso.class,
          BajaBienesProceso.class,
          MantenimientoEquiposProceso.class);

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4, 5})
  void cadaContratoTieneClaveElementosYVariablesTipadas(int indice) throws Exception {
    Class<?> contrato = CONTRATOS.get(indice);
    assertThat(contrato.getField("CLAVE").get(null)).isInstanceOf(String.class);
    for (Field campo : constantes(contrato)) {
      assertThat(campo.getName())
          .as(contrato.getSimpleName() + "." + campo.getName() + " va en Elementos o Variables")
          .matches("CLAVE.*|MENSAJE_.*|MAXIMO_.*");
    }
    for (Field campo : constantes(anidada(contrato, "Elementos"))) {
      assertThat(campo.getType()).as("Elementos." + campo.getName()).isEqualTo(String.class);
    }
    Set<String> nombres = new HashSet<>();
    for (Field campo : constantes(anidada(contrato, "Variables"))) {
      if (campo.getType() == List.class) {
        assertThat(
                ((ParameterizedType) campo.getGenericType())
                    .getActualTypeArguments()[0].getTypeName())
            .as("Variables." + campo.getName())
            .startsWith(Variable.class.getName());
        continue;
      }
      assertThat(campo.getType())
          .as("Variables." + campo.getName() + " es una Variable<T>")
          .isEqualTo(Variable.class);
      String nombre = ((Variable<?>) campo.get(null)).nombre();
      assertThat(nombres.add(nombre))
          .as("la variable «" + nombre + "» se declara una sola vez")
          .isTrue();
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4, 5})
  void cadaIdDeElementosEstaEnUnModelo(int indice) throws Exception {
    String modelos;
    try (Stream<Path> archivos = Files.list(Path.of("bpmn"))) {
      List<String> textos = new ArrayList<>();
      for (Path archivo : archivos.filter(a -> a.toString().endsWith(".bpmn")).toList()) {
        textos.add(Files.readString(archivo));
      }
      modelos = String.join("\n", textos);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    for (Field campo : constantes(anidada(CONTRATOS.get(indice), "Elementos"))) {
      assertThat(modelos)
          .as(CONTRATOS.get(indice).getSimpleName() + ".Elementos." + campo.getName())
          .contains("id=\"" + campo.get(null) + "\"");
    }
  }

  private static Class<?> anidada(Class<?> contrato, String nombre) {
    return Stream.of(contrato.getClasses())
        .filter(c -> c.getSimpleName().equals(nombre))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    contrato.getSimpleName() + " no tiene la clase anidada " + nombre));
  }

  private static List<Field> constantes(Class<?> clase) {
    return Stream.of(clase.getDeclaredFields())
        .filter(c -> Modifier.isPublic(c.getModifiers()) && Modifier.isStatic(c.getModifiers()))
        .toList();
  }
}
