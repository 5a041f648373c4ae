package pe.gob.osce.soporte.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * La tabla de resultados de {@code ./mvnw -Pbenchmark verify}: cada benchmark le agrega filas y
 * {@link ImpresionTabla} la imprime entera al terminar su JVM. Las filas van a un archivo ({@code
 * target/benchmark/tabla.tsv}, o {@code -Dbenchmark.tabla}) para que la corrida sobre H2 y la de
 * PostgreSQL (dos JVM) terminen en una sola tabla: la primera fila de una JVM vacía el archivo,
 * salvo con {@code -Dbenchmark.tabla.continuar=true} (la segunda ejecución del perfil). La tabla en
 * Markdown queda además en {@code tabla.md} junto al archivo.
 */
public final class Tabla {

  /**
   * Una medida: qué, sobre qué base, con cuántos clientes, el valor, la meta y si la cumple (null:
   * sin meta).
   */
  public record Fila(
      String medida, String base, String clientes, String valor, String meta, Boolean cumple) {

    String enTsv() {
      return String.join(
          "\t",
          limpio(medida),
          limpio(base),
          limpio(clientes),
          limpio(valor),
          limpio(meta),
          cumple == null ? "" : cumple.toString());
    }

    static Fila deTsv(String linea) {
      String[] c = linea.split("\t", -1);
      return new Fila(c[0], c[1], c[2], c[3], c[4], c[5].isEmpty() ? null : Boolean.valueOf(c[5]));
    }

    private static String limpio(String texto) {
      return texto == null ? "" : texto.replace('\t', ' ').replace('\n', ' ').replace('|', '/');
    }
  }

  /** El archivo al que esta JVM agregó filas (null: ninguna). */
  private static Path usado;

  private Tabla() {}

  /** Agrega una fila; la primera de esta JVM vacía la tabla de una corrida anterior. */
  public static synchronized void agregar(Fila fila) {
    Path archivo = archivo();
    try {
      Files.createDirectories(archivo.toAbsolutePath().getParent());
      if (!archivo.equals(usado) && !Boolean.getBoolean("benchmark.tabla.continuar")) {
        Files.deleteIfExists(archivo);
      }
      usado = archivo;
      Files.writeString(
          archivo,
          fila.enTsv() + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("No se pudo escribir la tabla de benchmarks en " + archivo, e);
    }
    System.out.printf(
        "[benchmark] %s | %s | %s clientes | %s | meta %s%n",
        fila.medida(), fila.base(), fila.clientes(), fila.valor(), fila.meta());
  }

  public static void agregar(
      String medida, String base, Object clientes, String valor, String meta, Boolean cumple) {
    agregar(new Fila(medida, base, String.valueOf(clientes), valor, meta, cumple));
  }

  /** Si esta JVM agregó alguna fila. */
  static synchronized boolean agregoFilas() {
    return usado != null;
  }

  /** Para las pruebas de la tabla: esta JVM no agregó nada. */
  static synchronized void olvidar() {
    usado = null;
  }

  /** Las filas de esta corrida, de todas las JVM, en el orden en que se agregaron. */
  static synchronized List<Fila> filas() {
    Path archivo = usado != null ? usado : archivo();
    if (!Files.exists(archivo)) {
      return List.of();
    }
    try {
      List<Fila> filas = new ArrayList<>();
      for (String linea : Files.readAllLines(archivo, StandardCharsets.UTF_8)) {
        if (!linea.isBlank()) {
          filas.add(Fila.deTsv(linea));
        }
      }
      return filas;
    } catch (IOException e) {
      throw new UncheckedIOException("No se pudo leer la tabla de benchmarks en " + archivo, e);
    }
  }

  /**
   * La tabla en Markdown, con la fecha, los procesadores y la carga de la máquina al imprimirla.
   */
  static String markdown(List<Fila> filas) {
    StringBuilder texto = new StringBuilder();
    texto.append(
        String.format(
            "Benchmark del %s UTC; %d procesadores, carga media del último minuto %.2f%n%n",
            ZonedDateTime.now(ZoneOffset.UTC)
                .format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")),
            Runtime.getRuntime().availableProcessors(),
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
    texto.append(
        "| Medida | Base de datos | Clientes | Valor | Meta | Cumple |\n|---|---|---|---|---|---|\n");
    for (Fila f : filas) {
      texto.append(
          String.format(
              "| %s | %s | %s | %s | %s | %s |%n",
              f.medida(),
              f.base(),
              f.clientes(),
              f.valor(),
              f.meta(),
              f.cumple() == null ? "—" : f.cumple() ? "sí" : "no"));
    }
    return texto.toString();
  }

  /** Imprime la tabla entera y la deja en {@code tabla.md} junto al archivo de filas. */
  static void imprimir() {
    String tabla = markdown(filas());
    Path md = (usado != null ? usado : archivo()).toAbsolutePath().resolveSibling("tabla.md");
    try {
      Files.writeString(md, tabla, StandardCharsets.UTF_8);
    } catch (IOException e) {
      System.err.println("No se pudo guardar " + md + ": " + e.getMessage());
    }
    System.out.println();
    System.out.println("================ Resultados del benchmark ================");
    System.out.println(tabla);
    System.out.println("(también en " + md + ")");
  }

  private static Path archivo() {
    return Path.of(System.getProperty("benchmark.tabla", "target/benchmark/tabla.tsv"));
  }
}
