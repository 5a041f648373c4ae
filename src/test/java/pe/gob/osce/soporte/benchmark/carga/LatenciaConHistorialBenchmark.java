package pe.gob.osce.soporte.benchmark.carga;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.TestSocketUtils;
import org.springframework.util.FileSystemUtils;
import pe.gob.osce.soporte.BaseDePruebas;
import pe.gob.osce.soporte.SoporteTiApplication;
import pe.gob.osce.soporte.benchmark.Tabla;

/**
 * Issue 14, punto 2: latencia bajo la carga del personal con cinco años de historia. Arranca el
 * servicio (perfil demo, H2 en archivo como la instalación por defecto, en una carpeta temporal que
 * se borra al final, o, con {@code -Dpruebas.base=postgres}, PostgreSQL de zonky), le da 100 000
 * tickets cerrados con su historia de Camunda y su registro ({@link Muestra} por el motor, {@link
 * Historial} por SQL) y 2 000 tareas abiertas, enciende el job executor y le envía 50 peticiones
 * por segundo durante un minuto ({@link CargaAbierta}, {@link Mezcla}), tras 15 s de calentamiento.
 * Agrega a la {@link Tabla} p50, p95, p99 y máximo de cada clase de petición; meta en PostgreSQL:
 * p99 ≤ 50 ms. Falla si alguna petición respondió un error (4xx o 5xx); las que no responden en 30
 * s (servicio saturado) se cuentan en la tabla. No corre en {@code ./mvnw verify} (el nombre no
 * termina en Test): {@code ./mvnw -q test -Dtest=LatenciaConHistorialBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false [-Dpruebas.base=postgres]}. Tamaños: {@code
 * -Dcarga.tickets}, {@code -Dcarga.abiertas}, {@code -Dcarga.muestra}, {@code -Dcarga.tasa}, {@code
 * -Dcarga.segundos}, {@code -Dcarga.calentamiento}; {@code -Dcarga.jfr=true} graba un perfil JFR de
 * la medición en {@code target/benchmark/carga-<base>.jfr}.
 */
class LatenciaConHistorialBenchmark {

  private static final int TICKETS = Integer.getInteger("carga.tickets", 100_000);
  private static final int ABIERTAS = Integer.getInteger("carga.abiertas", 2_000);
  private static final int MUESTRA = Integer.getInteger("carga.muestra", 50);
  private static final int TASA = Integer.getInteger("carga.tasa", 50);
  private static final int SEGUNDOS = Integer.getInteger("carga.segundos", 60);
  private static final int CALENTAMIENTO = Integer.getInteger("carga.calentamiento", 15);
  private static final int COSTO = Integer.getInteger("carga.costo", 30);
  private static final double META_P99_MS = 50;
  private static final Path CARPETA = carpetaTemporal();

  @Test
  void latenciaDeLaMezclaDelPersonalConCincoAniosDeHistoria() throws Exception {
    boolean postgresql = BaseDePruebas.esPostgresql();
    String base = postgresql ? "PostgreSQL" : "H2";
    EmbeddedPostgres pg = postgresql ? SentenciasLentas.postgresql() : null;
    ConfigurableApplicationContext app = null;
    try {
      app = arrancar(pg);
      JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
      long t0 = System.nanoTime();
      Muestra muestra = new Muestra(app);
      List<Muestra.Cerrado> cerrados = muestra.cerrados(MUESTRA);
      long tMuestra = System.nanoTime() - t0;
      Historial.Resultado historial =
          new Historial(jdbc, postgresql).multiplicar(cerrados, TICKETS);
      long t1 = System.nanoTime();
      Muestra.Abiertas abiertas = muestra.abiertas(ABIERTAS);
      long tAbiertas = System.nanoTime() - t1;
      System.out.printf(
          "%n[carga] %s: muestra de %d tickets por el motor en %,d ms; historial de %,d tickets (%,d filas ACT_HI_*,"
              + " %,d del registro) por SQL en %,d ms; %,d tareas abiertas por el motor en %,d ms%n",
          base,
          MUESTRA,
          tMuestra / 1_000_000,
          historial.tickets(),
          historial.filasMotor(),
          historial.filasRegistro(),
          historial.tiempo().toMillis(),
          abiertas.total(),
          tAbiertas / 1_000_000);

      ProcessEngine motor = app.getBean(ProcessEngine.class);
      // El job executor, detenido mientras la muestra ejecutaba sus jobs a mano, corre durante la
      // carga como en producción.
      ((ProcessEngineConfigurationImpl) motor.getProcessEngineConfiguration())
          .getJobExecutor()
          .start();
      Map<String, String> filtros = new HashMap<>();
      app.getBean(FilterService.class)
          .createFilterQuery()
          .list()
          .forEach(f -> filtros.put(f.getName(), f.getId()));
      List<String> historicos =
          jdbc.queryForList("SELECT codigo FROM ticket WHERE estado = 'CERRADO'", String.class);
      String url = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
      Mezcla mezcla = new Mezcla(url, filtros, abiertas, historicos);

      Recording perfil = Boolean.getBoolean("carga.jfr") ? grabar() : null;
      SentenciasLentas lentas = postgresql ? new SentenciasLentas(jdbc) : null;
      CargaAbierta carga = new CargaAbierta();
      // Primero una vuelta sin medir: la compilación JIT de cada camino no se cuenta como costo de
      // la petición.
      carga.costos(mezcla, COSTO, null);
      List<CargaAbierta.Costo> costos = carga.costos(mezcla, COSTO, new ContadorSql());
      if (lentas != null) {
        lentas.olvidar();
      }
      var so =
          (com.sun.management.OperatingSystemMXBean)
              java.lang.management.ManagementFactory.getOperatingSystemMXBean();
      long cpu = so.getProcessCpuTime();
      long reloj = System.nanoTime();
      List<CargaAbierta.Medida> medidas =
          carga.correr(
              mezcla, TASA, Duration.ofSeconds(CALENTAMIENTO), Duration.ofSeconds(SEGUNDOS));
      double cpuUsada = (double) (so.getProcessCpuTime() - cpu) / (System.nanoTime() - reloj);
      carga.cerrar();
      if (lentas != null) {
        lentas.imprimir(8);
      }
      if (perfil != null) {
        Path archivo = Path.of("target/benchmark/carga-" + base + ".jfr");
        Files.createDirectories(archivo.getParent());
        perfil.dump(archivo);
        perfil.close();
        System.out.println("[carga] perfil JFR en " + archivo.toAbsolutePath());
      }

      informar(base, postgresql, historial, abiertas, costos, medidas, cpuUsada);
      assertThat(medidas)
          .extracting(CargaAbierta.Medida::clase)
          .containsExactlyInAnyOrder(Clase.values());
      List<String> fallas = new ArrayList<>();
      medidas.stream()
          .filter(m -> m.errores() > 0)
          .forEach(
              m ->
                  fallas.add(
                      m.clase() + ": " + m.errores() + " errores, p. ej. " + m.ejemploError()));
      assertThat(fallas).as("peticiones fallidas").isEmpty();
    } finally {
      if (app != null) {
        app.close();
      }
      if (pg != null) {
        pg.close();
      }
      // Base H2 y documentos de la corrida.
      FileSystemUtils.deleteRecursively(CARPETA);
    }
  }

  private static void informar(
      String base,
      boolean postgresql,
      Historial.Resultado historial,
      Muestra.Abiertas abiertas,
      List<CargaAbierta.Costo> costos,
      List<CargaAbierta.Medida> medidas,
      double cpuUsada) {
    String carga = TASA + " pet/s";
    double carga1 =
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    Tabla.agregar(
        "Historial: "
            + String.format("%,d", historial.tickets())
            + " tickets cerrados, "
            + String.format("%,d", abiertas.total())
            + " tareas abiertas (carga por SQL)",
        base,
        "—",
        String.format(
            "%,d filas ACT_HI_* en %.1f s",
            historial.filasMotor(), historial.tiempo().toMillis() / 1000.0),
        "—",
        null);
    for (CargaAbierta.Costo c : costos) {
      Tabla.agregar(
          "De a una: mediana, CPU de la JVM y sentencias SQL por petición: "
              + c.clase().descripcion,
          base,
          1,
          String.format("%.1f ms; CPU %.1f ms; %.0f SQL", c.medianaMs(), c.cpuMs(), c.sentencias()),
          "—",
          null);
    }
    Tabla.agregar(
        "CPU de la JVM durante la carga (procesadores ocupados; la máquina tiene "
            + Runtime.getRuntime().availableProcessors()
            + ", carga media "
            + String.format("%.1f", carga1)
            + ")",
        base,
        carga,
        String.format("%.2f", cpuUsada),
        "—",
        null);
    for (CargaAbierta.Medida m : medidas) {
      Tabla.agregar(
          "Latencia p50 / p95 / p99 / máx: "
              + m.clase().descripcion
              + " ("
              + m.cantidad()
              + " pet."
              + (m.sinRespuesta() > 0 ? ", " + m.sinRespuesta() + " sin respuesta en 30 s" : "")
              + ")",
          base,
          carga,
          String.format("%.0f / %.0f / %.0f / %.0f ms", m.p50(), m.p95(), m.p99(), m.max()),
          postgresql ? "p99 ≤ 50 ms" : "—",
          postgresql ? m.p99() <= META_P99_MS : null);
    }
  }

  private static Recording grabar() throws Exception {
    Recording perfil = new Recording(Configuration.getConfiguration("profile"));
    perfil.start();
    return perfil;
  }

  private static Path carpetaTemporal() {
    try {
      return Files.createTempDirectory("carga-");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static ConfigurableApplicationContext arrancar(EmbeddedPostgres pg) throws Exception {
    int smtp = TestSocketUtils.findAvailableTcpPort();
    int imap = TestSocketUtils.findAvailableTcpPort();
    List<String> argumentos =
        new ArrayList<>(
            List.of(
                "--spring.profiles.active=demo",
                "--server.port=0",
                "--camunda.bpm.job-execution.enabled=false",
                "--soporte.correo.entrada.habilitada=false",
                "--soporte.correo.servidor-embebido.puerto-smtp=" + smtp,
                "--soporte.correo.servidor-embebido.puerto-imap=" + imap,
                "--spring.mail.port=" + smtp,
                "--soporte.correo.entrada.puerto=" + imap,
                "--soporte.documentos.directorio=" + CARPETA.resolve("documentos")));
    if (pg != null) {
      argumentos.add("--spring.datasource.url=" + pg.getJdbcUrl("postgres", "postgres"));
      argumentos.add("--spring.datasource.username=postgres");
      argumentos.add("--spring.datasource.password=postgres");
      argumentos.add("--camunda.bpm.metrics.db-reporter-activate=false");
    } else {
      // En archivo, como la instalación por defecto: en memoria, los 8 millones de filas de la
      // historia de 100 000 tickets llenaban el heap y la JVM no hacía más que recolectar basura.
      argumentos.add(
          "--spring.datasource.url=jdbc:h2:file:"
              + CARPETA.resolve("soporte").toAbsolutePath()
              + ";LOCK_TIMEOUT=10000");
    }
    return new SpringApplicationBuilder(SoporteTiApplication.class)
        .run(argumentos.toArray(String[]::new));
  }
}
