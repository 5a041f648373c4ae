package pe.gob.osce.soporte.comun;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Lectura tipada de variables del proceso, para no repetir conversiones en cada delegate. */
public final class LecturaVariables {

  private LecturaVariables() {}

  public static String texto(VariableScope ambito, String nombre) {
    Object valor = ambito.getVariable(nombre);
    if (valor == null) {
      return null;
    }
    String texto = valor.toString().trim();
    return texto.isEmpty() ? null : texto;
  }

  /** Un booleano ausente se lee como {@code null}; "true"/"false" en texto también se aceptan. */
  public static Boolean booleano(VariableScope ambito, String nombre) {
    Object valor = ambito.getVariable(nombre);
    if (valor instanceof Boolean b) {
      return b;
    }
    if (valor instanceof String s && !s.isBlank()) {
      return Boolean.parseBoolean(s.trim());
    }
    return null;
  }

  public static boolean verdadero(VariableScope ambito, String nombre) {
    return Boolean.TRUE.equals(booleano(ambito, nombre));
  }

  /** "PC-001, PC-002 ;PC-003" → [PC-001, PC-002, PC-003], sin repetidos y en orden. */
  public static List<String> codigos(String texto) {
    if (texto == null || texto.isBlank()) {
      return List.of();
    }
    return List.copyOf(
        Arrays.stream(texto.split("[,;\\s]+"))
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .map(s -> s.toUpperCase(java.util.Locale.ROOT))
            .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
  }
}
