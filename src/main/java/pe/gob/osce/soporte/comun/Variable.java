package pe.gob.osce.soporte.comun;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Una variable de proceso con su nombre y su tipo Java. Las clases de contrato ({@code *Proceso})
 * declaran una por variable; leer o escribir con el tipo equivocado no compila. Un valor que no se
 * puede convertir (un modo de atención desconocido, una fecha mal escrita) se rechaza con un
 * mensaje en castellano que nombra el campo, y el motor responde 400 sin escribir nada.
 *
 * @param <T> el tipo Java con que el código usa la variable
 */
public final class Variable<T> {

  private final String nombre;
  private final Class<?> tipo;
  private final Function<Object, T> lectura;
  private final Function<T, Object> escritura;

  private Variable(
      String nombre, Class<?> tipo, Function<Object, T> lectura, Function<T, Object> escritura) {
    this.nombre = Objects.requireNonNull(nombre);
    this.tipo = tipo;
    this.lectura = lectura;
    this.escritura = escritura;
  }

  /** Texto sin espacios a los lados; vacío se lee como {@code null}. */
  public static Variable<String> texto(String nombre) {
    return new Variable<>(nombre, String.class, Variable::textoDe, v -> v);
  }

  /** Booleano; "true"/"false" en texto también se aceptan (como los envía un formulario HTML). */
  public static Variable<Boolean> booleano(String nombre) {
    return new Variable<>(
        nombre,
        Boolean.class,
        valor -> {
          if (valor instanceof Boolean b) {
            return b;
          }
          String texto = textoDe(valor);
          return texto == null ? null : Boolean.parseBoolean(texto);
        },
        v -> v);
  }

  /** Número entero; acepta cualquier {@link Number} o su texto. */
  public static Variable<Long> entero(String nombre) {
    return new Variable<>(
        nombre,
        Long.class,
        valor -> {
          if (valor instanceof Number n) {
            return n.longValue();
          }
          String texto = textoDe(valor);
          try {
            return texto == null ? null : Long.valueOf(texto);
          } catch (NumberFormatException e) {
            throw DatosInvalidosException.deCampo(nombre, "«" + texto + "» no es un número entero");
          }
        },
        v -> v);
  }

  /**
   * Un valor de una enumeración, guardado por su nombre.
   *
   * @param queEs lo que el valor es, para el mensaje de error: "un modo de atención"
   */
  public static <E extends Enum<E>> Variable<E> enumerado(
      String nombre, Class<E> tipo, String queEs) {
    return new Variable<>(
        nombre,
        tipo,
        valor -> {
          if (tipo.isInstance(valor)) {
            return tipo.cast(valor);
          }
          String texto = textoDe(valor);
          if (texto == null) {
            return null;
          }
          return Arrays.stream(tipo.getEnumConstants())
              .filter(e -> e.name().equals(texto))
              .findFirst()
              .orElseThrow(
                  () ->
                      DatosInvalidosException.deCampo(
                          nombre, "«" + texto + "» no es " + queEs + ": use " + opciones(tipo)));
        },
        Enum::name);
  }

  /**
   * Una fecha {@code yyyy-MM-dd}, guardada como texto, como la envían los formularios de Camunda.
   */
  public static Variable<LocalDate> fecha(String nombre) {
    return new Variable<>(
        nombre,
        LocalDate.class,
        valor -> {
          if (valor instanceof LocalDate f) {
            return f;
          }
          String texto = textoDe(valor);
          try {
            return texto == null ? null : LocalDate.parse(texto);
          } catch (DateTimeParseException e) {
            throw DatosInvalidosException.deCampo(
                nombre, "«" + texto + "» no es una fecha (año-mes-día, por ejemplo 2026-03-15)");
          }
        },
        LocalDate::toString);
  }

  /**
   * Un instante guardado como {@link Date}, el tipo que entienden los temporizadores del modelo.
   */
  public static Variable<Date> instante(String nombre) {
    return new Variable<>(
        nombre,
        Date.class,
        valor -> {
          if (valor == null || valor instanceof Date) {
            return (Date) valor;
          }
          throw DatosInvalidosException.deCampo(nombre, "«" + valor + "» no es una fecha y hora");
        },
        v -> v);
  }

  /**
   * Códigos (patrimoniales, de tickets) separados por comas, punto y coma o espacios: se leen en
   * mayúsculas, sin repetidos y en orden; se guardan como "PC-001, PC-002".
   */
  public static Variable<List<String>> codigos(String nombre) {
    return new Variable<>(
        nombre, List.class, valor -> separarCodigos(textoDe(valor)), v -> String.join(", ", v));
  }

  /** Un valor sin conversión (archivos, JSON, listas): quien lo lee decide qué hacer con él. */
  public static Variable<Object> valor(String nombre) {
    return new Variable<>(nombre, Object.class, v -> v, v -> v);
  }

  /** "PC-001, PC-002 ;PC-003" → [PC-001, PC-002, PC-003], sin repetidos y en orden. */
  public static List<String> separarCodigos(String texto) {
    if (texto == null || texto.isBlank()) {
      return List.of();
    }
    return List.copyOf(
        Arrays.stream(texto.split("[,;\\s]+"))
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .map(s -> s.toUpperCase(Locale.ROOT))
            .collect(Collectors.toCollection(LinkedHashSet::new)));
  }

  public String nombre() {
    return nombre;
  }

  /** La clase Java del valor leído. */
  public Class<?> tipo() {
    return tipo;
  }

  /** El valor, o {@code null} si falta o está vacío (una lista de códigos vacía, nunca null). */
  public T leer(VariableScope ambito) {
    return desde(ambito.getVariable(nombre));
  }

  /**
   * El texto tal como llegó, sin convertir (vacío: {@code null}), para validarlo con mensajes
   * propios antes de leerlo con su tipo: la actividad 1 explica al usuario qué tipos o servicios
   * existen.
   */
  public String leerTexto(VariableScope ambito) {
    return textoDe(ambito.getVariable(nombre));
  }

  /** El valor, o {@code siFalta} si falta o está vacío. */
  public T leer(VariableScope ambito, T siFalta) {
    T valor = leer(ambito);
    return valor == null ? siFalta : valor;
  }

  /** El valor; si falta, {@link DatosInvalidosException} con el mensaje para este campo. */
  public T requerido(VariableScope ambito, String mensajeSiFalta) {
    T valor = leer(ambito);
    if (valor == null || valor instanceof List<?> lista && lista.isEmpty()) {
      throw DatosInvalidosException.deCampo(nombre, mensajeSiFalta);
    }
    return valor;
  }

  /** El valor de un mapa de variables (el de {@code RuntimeService.getVariables}, por ejemplo). */
  public T de(Map<String, ?> variables) {
    return desde(variables.get(nombre));
  }

  /** Convierte un valor guardado en el motor al tipo de esta variable. */
  public T desde(Object guardado) {
    return lectura.apply(guardado);
  }

  /** El valor tal como se guarda en el motor (el nombre de un enumerado, el texto de una fecha). */
  public Object guardado(T valor) {
    return valor == null ? null : escritura.apply(valor);
  }

  /**
   * Pone el valor guardado en un mapa de variables, para iniciar un proceso o correlacionar un
   * mensaje.
   */
  public void poner(Map<String, Object> variables, T valor) {
    variables.put(nombre, guardado(valor));
  }

  public void escribir(VariableScope ambito, T valor) {
    ambito.setVariable(nombre, guardado(valor));
  }

  public void escribirLocal(VariableScope ambito, T valor) {
    ambito.setVariableLocal(nombre, guardado(valor));
  }

  @Override
  public String toString() {
    return nombre;
  }

  /** "REMOTA, TELEFONICA o PRESENCIAL". */
  private static String opciones(Class<? extends Enum<?>> tipo) {
    List<String> nombres = Arrays.stream(tipo.getEnumConstants()).map(Enum::name).toList();
    return nombres.size() == 1
        ? nombres.get(0)
        : String.join(", ", nombres.subList(0, nombres.size() - 1))
            + " o "
            + nombres.get(nombres.size() - 1);
  }

  private static String textoDe(Object valor) {
    if (valor == null) {
      return null;
    }
    String texto = valor.toString().trim();
    return texto.isEmpty() ? null : texto;
  }
}
