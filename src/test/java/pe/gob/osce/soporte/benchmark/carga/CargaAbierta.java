package pe.gob.osce.soporte.benchmark.carga;

import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Carga en lazo abierto: una petición cada {@code 1/tasa} segundos a hora fija, sin esperar a que
 * termine la anterior (HTTP asíncrono). La latencia se mide desde la hora programada, no desde el
 * envío: si el servicio se atrasa, la espera de las peticiones que debieron salir entretanto
 * también cuenta (sin la "omisión coordinada" de un cliente que espera cada respuesta antes de
 * pedir la siguiente). Las peticiones del calentamiento se envían igual pero no se miden.
 */
final class CargaAbierta {

  /** Una petición de la mezcla, de una clase. */
  record Peticion(Clase clase, HttpRequest http) {}

  /** Lo medido de una clase de petición, en milisegundos. */
  record Medida(
      Clase clase,
      int cantidad,
      double p50,
      double p95,
      double p99,
      double max,
      int errores,
      String ejemploError,
      long sinRespuesta) {}

  private final HttpClient cliente;
  private final ExecutorService hilos;

  CargaAbierta() {
    this.hilos = Executors.newFixedThreadPool(8);
    this.cliente =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .executor(hilos)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  List<Medida> correr(Mezcla mezcla, int porSegundo, Duration calentamiento, Duration medicion)
      throws Exception {
    long periodo = TimeUnit.SECONDS.toNanos(1) / porSegundo;
    long sinMedir = calentamiento.toNanos() / periodo;
    long total = sinMedir + medicion.toNanos() / periodo;
    Map<Clase, List<Long>> latencias = new ConcurrentHashMap<>();
    Map<Clase, List<String>> errores = new ConcurrentHashMap<>();
    Map<Clase, AtomicLong> sinRespuesta = new ConcurrentHashMap<>();
    List<CompletableFuture<?>> enCurso = new ArrayList<>();
    long inicio = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
    for (long k = 0; k < total; k++) {
      long programada = inicio + k * periodo;
      for (long falta = programada - System.nanoTime();
          falta > 0;
          falta = programada - System.nanoTime()) {
        LockSupport.parkNanos(falta);
      }
      boolean medir = k >= sinMedir;
      Peticion peticion = mezcla.siguiente();
      enCurso.add(
          cliente
              .sendAsync(peticion.http(), HttpResponse.BodyHandlers.ofString())
              .whenCompleteAsync(
                  (respuesta, falla) -> {
                    long latencia = System.nanoTime() - programada;
                    if (!medir) {
                      return;
                    }
                    latencias
                        .computeIfAbsent(
                            peticion.clase(), c -> Collections.synchronizedList(new ArrayList<>()))
                        .add(latencia);
                    if (falla != null) {
                      // Sin respuesta en 30 s (servicio saturado): cuenta con su latencia hasta el
                      // vencimiento, no como error del servicio.
                      sinRespuesta
                          .computeIfAbsent(peticion.clase(), c -> new AtomicLong())
                          .incrementAndGet();
                    } else if (respuesta.statusCode() >= 400) {
                      errores
                          .computeIfAbsent(
                              peticion.clase(),
                              c -> Collections.synchronizedList(new ArrayList<>()))
                          .add(respuesta.statusCode() + " " + recorte(respuesta.body()));
                    }
                  },
                  hilos));
      enCurso.removeIf(CompletableFuture::isDone);
    }
    CompletableFuture.allOf(enCurso.toArray(CompletableFuture[]::new))
        .handle((r, e) -> null)
        .get(2, TimeUnit.MINUTES);
    Map<Clase, Medida> medidas = new EnumMap<>(Clase.class);
    latencias.forEach(
        (clase, lista) -> {
          List<String> fallas = errores.getOrDefault(clase, List.of());
          var vencidas = sinRespuesta.get(clase);
          medidas.put(clase, medida(clase, lista, fallas, vencidas == null ? 0 : vencidas.get()));
        });
    return List.copyOf(medidas.values());
  }

  /**
   * Lo que cuesta una petición de una clase sola, sin otras a la vez: mediana de latencia y CPU de
   * la JVM.
   */
  record Costo(Clase clase, double medianaMs, double cpuMs, double sentencias) {}

  /**
   * Cada clase, {@code veces} peticiones de a una: la CPU de todo el proceso (servicio y cliente,
   * en la misma JVM) dividida por las peticiones. No depende de cuánto compiten otros procesos por
   * la máquina, a diferencia de la latencia bajo carga.
   */
  List<Costo> costos(Mezcla mezcla, int veces, ContadorSql contador) throws Exception {
    // contador null: vuelta de calentamiento, sin contar sentencias.
    var so =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    List<Costo> costos = new ArrayList<>();
    for (Clase clase : Clase.values()) {
      long[] ns = new long[veces];
      long cpu = so.getProcessCpuTime();
      for (int i = 0; i < veces; i++) {
        HttpRequest http = mezcla.de(clase).http();
        long t = System.nanoTime();
        HttpResponse<String> respuesta = cliente.send(http, HttpResponse.BodyHandlers.ofString());
        ns[i] = System.nanoTime() - t;
        if (respuesta.statusCode() >= 400) {
          throw new IllegalStateException(
              clase + ": " + respuesta.statusCode() + " " + recorte(respuesta.body()));
        }
      }
      long cpuTotal = so.getProcessCpuTime() - cpu;
      Arrays.sort(ns);
      if (contador == null) {
        continue;
      }
      // Una vuelta más con el contador de SQL encendido (el registro en DEBUG también cuesta CPU:
      // aparte).
      contador.encender();
      for (int i = 0; i < 5; i++) {
        cliente.send(mezcla.de(clase).http(), HttpResponse.BodyHandlers.discarding());
      }
      contador.apagar();
      System.out.printf(
          "[carga] %s: %.1f sentencias SQL por petición%n", clase, contador.total() / 5.0);
      contador
          .contadas()
          .forEach((sql, n) -> System.out.printf("[carga]     %5.1f  %s%n", n / 5.0, sql));
      costos.add(new Costo(clase, ms(ns[veces / 2]), ms(cpuTotal / veces), contador.total() / 5.0));
    }
    return costos;
  }

  void cerrar() {
    hilos.shutdown();
  }

  private static Medida medida(
      Clase clase, List<Long> lista, List<String> fallas, long sinRespuesta) {
    long[] ns;
    synchronized (lista) {
      ns = lista.stream().mapToLong(Long::longValue).toArray();
    }
    Arrays.sort(ns);
    return new Medida(
        clase,
        ns.length,
        ms(percentil(ns, 50)),
        ms(percentil(ns, 95)),
        ms(percentil(ns, 99)),
        ms(ns[ns.length - 1]),
        fallas.size(),
        fallas.isEmpty() ? "" : fallas.get(0),
        sinRespuesta);
  }

  /** Percentil por rango más cercano. */
  private static long percentil(long[] ordenados, int p) {
    int rango = (int) Math.ceil(p / 100.0 * ordenados.length);
    return ordenados[Math.max(rango - 1, 0)];
  }

  private static double ms(long nanos) {
    return nanos / 1_000_000.0;
  }

  private static String recorte(String texto) {
    return texto == null ? "" : texto.length() > 200 ? texto.substring(0, 200) : texto;
  }
}
