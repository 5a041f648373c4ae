package pe.gob.osce.soporte.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import pe.gob.osce.soporte.BaseDePruebas;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Elementos;

/**
 * Medidas 3 y 4 del issue 14 sobre el jar empaquetado, en otra JVM con {@code -Xmx512m} y el job
 * executor encendido, como en producción ({@link AplicacionHija}):
 *
 * <ul>
 *   <li>4: segundos desde lanzar la JVM hasta "Started", y memoria residente tras una carga.
 *   <li>3: de completar una tarea (POST /engine-rest/task/{id}/complete) a ver la siguiente en GET
 *       /engine-rest/task, con un correo asíncrono entre las dos (actividad 2 → correo al técnico →
 *       3; actividad 4 → correo de conformidad → 12), a baja carga: un cliente, con pausas al azar
 *       entre pasos para que el job executor quede ocioso (ahí se vería la espera perdida).
 * </ul>
 *
 * La carga previa a la medida de memoria es la propia ({@code -Dbenchmark.memoria.tickets} tickets
 * enteros con 4 clientes por REST), no la de la medida 2: esa vive en la JVM de las pruebas.
 * Tamaños: {@code -Dbenchmark.espera.tickets} (25 tickets, 50 muestras), {@code
 * -Dbenchmark.memoria.tickets} (40).
 */
class AplicacionEmpaquetadaBenchmark {

  private static final int TICKETS_ESPERA = Integer.getInteger("benchmark.espera.tickets", 25);
  private static final int TICKETS_MEMORIA = Integer.getInteger("benchmark.memoria.tickets", 40);
  private static final Duration CONSULTA = Duration.ofMillis(10);

  @Test
  void arranqueSiguienteTareaYMemoria() throws Exception {
    Path jar = Path.of(System.getProperty("benchmark.jar", "target/soporte-ti-0.1.0-SNAPSHOT.jar"));
    assertThat(jar)
        .as("el jar empaquetado (./mvnw -Pbenchmark verify lo empaqueta antes)")
        .exists();
    boolean postgres = BaseDePruebas.esPostgresql();
    String base = postgres ? "PostgreSQL" : "H2";
    EmbeddedPostgres pg = postgres ? EmbeddedPostgres.builder().start() : null;
    try (AplicacionHija app =
        AplicacionHija.lanzar(
            jar, pg == null ? null : pg.getJdbcUrl("postgres", "postgres"), base)) {
      double arranque = app.esperarInicio(Duration.ofMinutes(10));
      Tabla.agregar(
          "4. Arranque del jar, de lanzar la JVM a «Started» (Spring dice "
              + formato(app.segundosSpring())
              + " s; CPU gastada "
              + formato(app.cpuAlIniciar())
              + " s)",
          base,
          "—",
          formato(arranque) + " s",
          "≤ 15 s",
          arranque <= 15);
      app.esperarUsuario("asistente", Duration.ofMinutes(1));

      // Dos tickets de calentamiento sin medir: la primera vez de cada paso paga la carga de clases
      // y el JIT.
      ticket(app, null, null);
      ticket(app, null, null);
      List<Long> esperas = new ArrayList<>();
      Random azar = new Random(14);
      for (int i = 0; i < TICKETS_ESPERA; i++) {
        ticket(app, esperas, azar);
      }
      System.out.println("[benchmark] esperas en orden de llegada (ms): " + esperas);
      Collections.sort(esperas);
      long p50 = percentil(esperas, 50);
      long p99 = percentil(esperas, 99);
      Tabla.agregar(
          "3. De completar una tarea a ver la siguiente con un correo asíncrono entre ambas, job executor "
              + "encendido ("
              + esperas.size()
              + " muestras, máx "
              + esperas.get(esperas.size() - 1)
              + " ms)",
          base,
          1,
          "p50 " + p50 + " ms; p99 " + p99 + " ms",
          "p99 ≤ 1500 ms",
          p99 <= 1500);

      cargar(app, 4, TICKETS_MEMORIA);
      System.gc();
      long rss = app.rssMb();
      long pico = app.rssPicoMb();
      boolean oom = app.sinMemoria();
      Tabla.agregar(
          "4. Memoria residente (VmRSS) con -Xmx512m tras "
              + (TICKETS_ESPERA + TICKETS_MEMORIA + 2)
              + " tickets enteros por REST (carga propia, no la de la medida 2); pico "
              + pico
              + " MB"
              + (oom ? "; OutOfMemoryError" : "; sin OutOfMemoryError"),
          base,
          4,
          rss + " MB",
          "≤ 600 MB, sin OOM",
          rss <= 600 && !oom);
    } finally {
      if (pg != null) {
        pg.close();
      }
    }
  }

  /**
   * Un ticket remoto solucionado por REST. Con {@code esperas} no nulo, mide de cada envío que
   * tiene un correo asíncrono detrás a la siguiente tarea visible, con pausas al azar antes de cada
   * envío.
   */
  private static void ticket(AplicacionHija app, List<Long> esperas, Random azar) throws Exception {
    Map<String, Object> solicitud = new LinkedHashMap<>();
    solicitud.put("tipo", "INCIDENCIA");
    solicitud.put("servicio", "ACTIVE_DIRECTORY");
    solicitud.put("canal", "CORREO");
    solicitud.put("solicitante", "bench-" + Long.toHexString(System.nanoTime()) + "@osce.gob.pe");
    solicitud.put("asunto", "No puedo entrar a mi cuenta");
    solicitud.put("descripcion", "La cuenta aparece bloqueada desde esta mañana.");
    String instancia =
        app.post("asistente", "/api/tickets", solicitud).get("processInstanceId").asText();

    String a02 = tarea(app, "asistente", instancia, Elementos.ASIGNAR_TECNICO);
    pausa(azar);
    long envio = System.nanoTime();
    app.post(
        "asistente",
        "/engine-rest/task/" + a02 + "/complete",
        variables(Map.of("tecnico", "tecnico1")));
    String a03 = tarea(app, "tecnico1", instancia, Elementos.EVALUAR_ATENCION);
    anotar(esperas, envio);

    app.post(
        "tecnico1",
        "/engine-rest/task/" + a03 + "/complete",
        variables(Map.of("modoAtencion", "REMOTA")));
    String a04 = tarea(app, "tecnico1", instancia, Elementos.ATENDER_REMOTO);
    pausa(azar);
    envio = System.nanoTime();
    app.post(
        "tecnico1",
        "/engine-rest/task/" + a04 + "/complete",
        variables(
            Map.of(
                "solucionado",
                true,
                "cambioEquipo",
                false,
                "detalleAtencion",
                "Se desbloqueó la cuenta y se restableció la clave.",
                "remotoAprobacionUsuario",
                true,
                "validacionSolicitada",
                true)));
    String a12 = tarea(app, "tecnico1", instancia, Elementos.CERRAR_TICKET);
    anotar(esperas, envio);
    app.post(
        "tecnico1",
        "/engine-rest/task/" + a12 + "/complete",
        variables(Map.of("devolucionEquipo", false)));
  }

  private static void anotar(List<Long> esperas, long envio) {
    if (esperas != null) {
      esperas.add((System.nanoTime() - envio) / 1_000_000);
    }
  }

  /**
   * Pausa al azar (0 a 2 s) de quien lee el formulario: el job executor queda ocioso entre pasos.
   */
  private static void pausa(Random azar) throws InterruptedException {
    if (azar != null) {
      Thread.sleep(azar.nextInt(2000));
    }
  }

  /**
   * El id de la tarea {@code clave} de la instancia, consultando como Tasklist hasta que aparezca.
   */
  private static String tarea(AplicacionHija app, String usuario, String instancia, String clave)
      throws Exception {
    long limite = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < limite) {
      JsonNode tareas =
          app.get(
              usuario,
              "/engine-rest/task?processInstanceId=" + instancia + "&taskDefinitionKey=" + clave);
      if (tareas.size() > 0) {
        return tareas.get(0).get("id").asText();
      }
      Thread.sleep(CONSULTA.toMillis());
    }
    throw new IllegalStateException(
        "La tarea "
            + clave
            + " de "
            + instancia
            + " no apareció en 60 s:\n"
            + app.ultimasLineas(30));
  }

  private static Map<String, Object> variables(Map<String, Object> valores) {
    Map<String, Object> variables = new LinkedHashMap<>();
    valores.forEach((nombre, valor) -> variables.put(nombre, Map.of("value", valor)));
    return Map.of("variables", variables);
  }

  /** {@code cantidad} tickets enteros repartidos entre {@code clientes} hilos, sin pausas. */
  private static void cargar(AplicacionHija app, int clientes, int cantidad) throws Exception {
    AtomicInteger pendientes = new AtomicInteger(cantidad);
    ExecutorService hilos = Executors.newFixedThreadPool(clientes);
    try {
      List<Future<?>> trabajos = new ArrayList<>();
      for (int c = 0; c < clientes; c++) {
        trabajos.add(
            hilos.submit(
                () -> {
                  while (pendientes.getAndDecrement() > 0) {
                    ticket(app, null, null);
                  }
                  return null;
                }));
      }
      for (Future<?> trabajo : trabajos) {
        trabajo.get(10, TimeUnit.MINUTES);
      }
    } finally {
      hilos.shutdownNow();
    }
  }

  private static long percentil(List<Long> ordenados, int p) {
    int indice = (int) Math.ceil(p / 100.0 * ordenados.size()) - 1;
    return ordenados.get(Math.max(0, Math.min(indice, ordenados.size() - 1)));
  }

  private static String formato(double segundos) {
    return String.format(Locale.ROOT, "%.1f", segundos);
  }
}
