package pe.gob.osce.soporte.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.test.util.TestSocketUtils;

/**
 * El jar empaquetado corriendo en otra JVM ({@code -Xmx512m}, perfil demo, correo embebido en
 * puertos libres, H2 en una carpeta temporal o el PostgreSQL que se le pase), y un cliente HTTP con
 * HTTP Basic para hablarle como Tasklist y la mesa de ayuda. Con {@code -Dbenchmark.jfr=true} graba
 * un perfil JFR en {@code target/benchmark/}.
 */
final class AplicacionHija implements AutoCloseable {

  private static final Pattern INICIADA =
      Pattern.compile("Started SoporteTiApplication in ([0-9.]+) seconds");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process proceso;
  private final int puerto;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final java.util.Deque<String> log = new java.util.ArrayDeque<>();
  private volatile boolean sinMemoria;
  private final CountDownLatch iniciada = new CountDownLatch(1);
  private volatile double segundosSpring = -1;
  private final long lanzada;
  private volatile long listaEn;
  private volatile double cpuAlIniciar = -1;

  private AplicacionHija(Process proceso, int puerto, long lanzada) {
    this.proceso = proceso;
    this.puerto = puerto;
    this.lanzada = lanzada;
    Thread lector = new Thread(this::leerSalida, "salida-aplicacion-hija");
    lector.setDaemon(true);
    lector.start();
  }

  /** Lanza {@code java -Xmx512m -jar jar} con la base dada (null: H2 en una carpeta temporal). */
  static AplicacionHija lanzar(Path jar, String urlBase, String nombreBase) throws IOException {
    int puerto = TestSocketUtils.findAvailableTcpPort();
    Path datos = Files.createTempDirectory("soporte-benchmark");
    List<String> comando =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m"));
    if (Boolean.getBoolean("benchmark.jfr")) {
      Path jfr =
          Path.of("target", "benchmark", "aplicacion-" + nombreBase + ".jfr").toAbsolutePath();
      Files.createDirectories(jfr.getParent());
      comando.add("-XX:StartFlightRecording=filename=" + jfr + ",settings=profile");
    }
    comando.addAll(
        List.of(
            "-jar",
            jar.toAbsolutePath().toString(),
            "--spring.profiles.active=demo",
            "--server.port=" + puerto));
    if (urlBase != null) {
      comando.addAll(
          List.of(
              "--spring.datasource.url=" + urlBase,
              "--spring.datasource.username=postgres",
              "--spring.datasource.password=postgres"));
    }
    ProcessBuilder constructor = new ProcessBuilder(comando).redirectErrorStream(true);
    Map<String, String> entorno = constructor.environment();
    entorno.put("SOPORTE_DATA_DIR", datos.toString());
    entorno.put("SOPORTE_MAIL_SMTP_PORT", String.valueOf(TestSocketUtils.findAvailableTcpPort()));
    entorno.put("SOPORTE_MAIL_IMAP_PORT", String.valueOf(TestSocketUtils.findAvailableTcpPort()));
    long lanzada = System.nanoTime();
    return new AplicacionHija(constructor.start(), puerto, lanzada);
  }

  /** Espera la línea "Started ..." y devuelve los segundos desde que se lanzó la JVM. */
  double esperarInicio(Duration limite) throws InterruptedException {
    if (!iniciada.await(limite.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new IllegalStateException(
          "La aplicación no inició en " + limite + ":\n" + ultimasLineas(40));
    }
    return (listaEn - lanzada) / 1e9;
  }

  /**
   * Los usuarios demo se crean al quedar lista la aplicación (ApplicationReadyEvent), justo después
   * de "Started": se espera a que el usuario entre.
   */
  void esperarUsuario(String usuario, Duration limite) throws InterruptedException {
    long fin = System.nanoTime() + limite.toNanos();
    RuntimeException ultima = null;
    while (System.nanoTime() < fin) {
      try {
        get(usuario, "/engine-rest/task/count");
        return;
      } catch (IOException | RuntimeException e) {
        ultima = e instanceof RuntimeException r ? r : new IllegalStateException(e);
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException(
        usuario + " no pudo entrar en " + limite + ":\n" + ultimasLineas(30), ultima);
  }

  /** Lo que Spring Boot dice que tardó (sin el arranque de la JVM). */
  double segundosSpring() {
    return segundosSpring;
  }

  /**
   * Segundos de CPU que gastó la JVM hasta "Started": no dependen de cuánto comparte la máquina.
   */
  double cpuAlIniciar() {
    return cpuAlIniciar;
  }

  /** Segundos de CPU del proceso (utime + stime de /proc/<pid>/stat, en ticks de 1/100 s). */
  private double segundosCpu() {
    try {
      String stat = Files.readString(Path.of("/proc", String.valueOf(proceso.pid()), "stat"));
      String[] campos = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(campos[11]) + Long.parseLong(campos[12])) / 100.0;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** Memoria residente del proceso (VmRSS de /proc), en MB. */
  long rssMb() throws IOException {
    return campoStatus("VmRSS:") / 1024;
  }

  /** El pico de memoria residente del proceso (VmHWM de /proc), en MB. */
  long rssPicoMb() throws IOException {
    return campoStatus("VmHWM:") / 1024;
  }

  private long campoStatus(String campo) throws IOException {
    for (String linea :
        Files.readAllLines(Path.of("/proc", String.valueOf(proceso.pid()), "status"))) {
      if (linea.startsWith(campo)) {
        return Long.parseLong(linea.replaceAll("[^0-9]", ""));
      }
    }
    throw new IllegalStateException(campo + " no está en /proc/" + proceso.pid() + "/status");
  }

  /** Si la salida de la aplicación mostró un OutOfMemoryError. */
  boolean sinMemoria() {
    return sinMemoria;
  }

  JsonNode get(String usuario, String ruta) throws IOException, InterruptedException {
    return enviar(usuario, HttpRequest.newBuilder(uri(ruta)).GET(), ruta);
  }

  JsonNode post(String usuario, String ruta, Object cuerpo)
      throws IOException, InterruptedException {
    return enviar(
        usuario,
        HttpRequest.newBuilder(uri(ruta))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(cuerpo))),
        ruta);
  }

  private JsonNode enviar(String usuario, HttpRequest.Builder peticion, String ruta)
      throws IOException, InterruptedException {
    String basic =
        Base64.getEncoder().encodeToString((usuario + ":demo").getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> respuesta =
        http.send(
            peticion
                .header("Authorization", "Basic " + basic)
                .timeout(Duration.ofSeconds(60))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (respuesta.statusCode() >= 300) {
      throw new IllegalStateException(
          ruta + " respondió " + respuesta.statusCode() + ": " + respuesta.body());
    }
    return respuesta.body().isEmpty() ? JSON.nullNode() : JSON.readTree(respuesta.body());
  }

  private URI uri(String ruta) {
    return URI.create("http://127.0.0.1:" + puerto + ruta);
  }

  private void leerSalida() {
    try (BufferedReader lector =
        new BufferedReader(
            new InputStreamReader(proceso.getInputStream(), StandardCharsets.UTF_8))) {
      String linea;
      while ((linea = lector.readLine()) != null) {
        anotar(linea);
        sinMemoria |= linea.contains("OutOfMemoryError");
        Matcher m = INICIADA.matcher(linea);
        if (m.find()) {
          listaEn = System.nanoTime();
          cpuAlIniciar = segundosCpu();
          segundosSpring = Double.parseDouble(m.group(1));
          iniciada.countDown();
        }
      }
    } catch (IOException e) {
      anotar("(salida cerrada: " + e.getMessage() + ")");
    }
  }

  /** Se guardan las últimas 500 líneas de la salida, para los mensajes de error. */
  private void anotar(String linea) {
    synchronized (log) {
      log.addLast(linea);
      if (log.size() > 500) {
        log.removeFirst();
      }
    }
  }

  String ultimasLineas(int cuantas) {
    synchronized (log) {
      List<String> todas = new ArrayList<>(log);
      return String.join("\n", todas.subList(Math.max(0, todas.size() - cuantas), todas.size()));
    }
  }

  @Override
  public void close() throws InterruptedException {
    proceso.destroy();
    if (!proceso.waitFor(30, TimeUnit.SECONDS)) {
      proceso.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }
}
