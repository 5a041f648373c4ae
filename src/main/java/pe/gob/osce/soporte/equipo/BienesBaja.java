package pe.gob.osce.soporte.equipo;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import pe.gob.osce.soporte.comun.DatosInvalidosException;
import pe.gob.osce.soporte.comun.Variable;
import pe.gob.osce.soporte.equipo.BajaBienesProceso.Variables;

/**
 * La variable {@code bienes} del inicio de bajaBienes: un arreglo JSON (variable Json, u Object de
 * Java como lista) o un texto con los códigos separados por comas. Devuelve los códigos
 * normalizados, sin repetidos y en orden.
 */
final class BienesBaja {

  private BienesBaja() {}

  static List<String> codigos(Object valor) {
    if (valor == null) {
      return List.of();
    }
    if (valor instanceof Collection<?> lista) {
      return Variable.separarCodigos(
          lista.stream().map(String::valueOf).collect(Collectors.joining(",")));
    }
    if (valor instanceof SpinJsonNode json) {
      return deJson(json);
    }
    String texto = valor.toString().trim();
    if (texto.startsWith("[")) {
      SpinJsonNode json;
      try {
        json = Spin.JSON(texto);
      } catch (RuntimeException e) {
        throw DatosInvalidosException.deCampo(
            Variables.BIENES,
            "no es un arreglo JSON válido: envíe [\"código\", ...] o los códigos separados por comas");
      }
      return deJson(json);
    }
    return Variable.separarCodigos(texto);
  }

  private static List<String> deJson(SpinJsonNode json) {
    if (!json.isArray()) {
      return Variable.separarCodigos(json.isString() ? json.stringValue() : json.toString());
    }
    return Variable.separarCodigos(
        json.elements().stream()
            .map(e -> e.isString() ? e.stringValue() : e.toString())
            .collect(Collectors.joining(",")));
  }
}
