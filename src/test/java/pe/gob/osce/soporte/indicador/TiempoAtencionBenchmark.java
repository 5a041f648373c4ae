package pe.gob.osce.soporte.indicador;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import pe.gob.osce.soporte.BaseDePruebas;
import pe.gob.osce.soporte.benchmark.Tabla;

/**
 * Medida 5 del issue 14: el indicador de un año sobre 100 000 y después 1 000 000 de tickets
 * cerrados del año (5 % escalados al proveedor), en H2 en memoria o, con {@code
 * -Dpruebas.base=postgres}, en PostgreSQL (zonky). Corre en {@code ./mvnw -Pbenchmark verify} (las
 * dos bases) y no en {@code ./mvnw verify} (su nombre no termina en Test); solo, con {@code ./mvnw
 * -q test -Dtest=TiempoAtencionBenchmark -Dsurefire.failIfNoSpecifiedTests=false}. Tamaños: {@code
 * -Dbenchmark.indicador.tickets=100000,1000000} (acumulados). Imprime tiempos y memoria y los
 * agrega a la {@link Tabla}; no afirma tiempos, solo que contó todos los tickets.
 */
class TiempoAtencionBenchmark {

  private static final int[] TAMANOS =
      java.util.Arrays.stream(
              System.getProperty("benchmark.indicador.tickets", "100000,1000000").split(","))
          .mapToInt(t -> Integer.parseInt(t.strip()))
          .sorted()
          .toArray();
  private static final ZoneId LIMA = ZoneId.of("America/Lima");
  private static final String[][] CATEGORIAS = {
    {"HARDWARE", "IMPRESORA"},
    {"REDES_COMUNICACIONES", "CORREO"},
    {"SISTEMAS_APLICATIVOS", "SIAF"},
    {"OTROS", "INFORMES"}
  };

  @Test
  void indicadorDeUnAnioConCienMilYUnMillonDeTickets() throws Exception {
    if (BaseDePruebas.esPostgresql()) {
      try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
          java.sql.Connection conexion = pg.getPostgresDatabase().getConnection()) {
        // Una sola conexión, como la de un pool: la fuente de zonky abre una por consulta (unos 30
        // ms cada una).
        medirTamanos(
            "PostgreSQL",
            new org.springframework.jdbc.datasource.SingleConnectionDataSource(conexion, true));
      }
    } else {
      medirTamanos(
          "H2",
          new SimpleDriverDataSource(
              new org.h2.Driver(), "jdbc:h2:mem:benchmark-indicador;DB_CLOSE_DELAY=-1", "sa", ""));
    }
  }

  private static void medirTamanos(String base, DataSource datos) {
    Flyway.configure().dataSource(datos).locations("classpath:db/migration").load().migrate();
    JdbcTemplate jdbc = new JdbcTemplate(datos);
    int hay = 0;
    for (int tickets : TAMANOS) {
      long t0 = System.nanoTime();
      insertar(jdbc, hay, tickets);
      hay = tickets;
      medir(base, jdbc, tickets, System.nanoTime() - t0);
      buscarPorProceso(base, jdbc, tickets);
    }
  }

  /**
   * La respuesta de alguien a un correo de su ticket se encuentra por la instancia del proceso
   * ({@code RegistroActividades.codigoDeProceso}): sin índice, cada correo recorre la tabla entera.
   */
  private static void buscarPorProceso(String base, JdbcTemplate jdbc, int tickets) {
    Random azar = new Random(7);
    int consultas = 300;
    long inicio = System.nanoTime();
    for (int i = 0; i < consultas; i++) {
      assertThat(
              jdbc.queryForList(
                  "SELECT codigo FROM ticket WHERE process_instance_id = ?",
                  String.class,
                  "pi-" + azar.nextInt(tickets)))
          .hasSize(1);
    }
    double ms = (System.nanoTime() - inicio) / 1e6 / consultas;
    Tabla.agregar(
        String.format(
            "5. Ticket de un correo respondido, por su instancia de proceso, entre %,d tickets "
                + "(media de %d consultas)",
            tickets, consultas),
        base,
        1,
        String.format(java.util.Locale.ROOT, "%.2f ms", ms),
        "—",
        null);
  }

  private static void medir(String base, JdbcTemplate jdbc, int tickets, long insercion) {

    ConsultaTiempoAtencion consulta = new ConsultaTiempoAtencion(jdbc);
    CalendarioLaboral calendario =
        new CalendarioLaboral(
            LIMA,
            LocalTime.of(8, 30),
            LocalTime.of(17, 30),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            Set.of(
                LocalDate.of(2026, 4, 2),
                LocalDate.of(2026, 4, 3),
                LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 7, 28),
                LocalDate.of(2026, 7, 29),
                LocalDate.of(2026, 12, 25)));
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long memoriaAntes = rt.totalMemory() - rt.freeMemory();
    long[] tiempos = new long[6];
    long[] cpu = new long[tiempos.length];
    var hilo = ManagementFactory.getThreadMXBean();
    TiempoAtencionAnual resultado = null;
    for (int i = 0; i < tiempos.length; i++) {
      long inicio = System.nanoTime();
      long inicioCpu = hilo.getCurrentThreadCpuTime();
      resultado = calcular(consulta, calendario);
      tiempos[i] = System.nanoTime() - inicio;
      cpu[i] = hilo.getCurrentThreadCpuTime() - inicioCpu;
    }
    long[] cpuCalientes = Arrays.copyOfRange(cpu, 1, cpu.length);
    Arrays.sort(cpuCalientes);
    long memoriaDespues = rt.totalMemory() - rt.freeMemory();
    if (Boolean.getBoolean("benchmark.detalle")) {
      Instant desde = LocalDate.of(2026, 1, 1).atStartOfDay(LIMA).toInstant();
      Instant hasta = LocalDate.of(2027, 1, 1).atStartOfDay(LIMA).toInstant();
      long a = System.nanoTime();
      consulta.esperasProveedor(desde);
      long b = System.nanoTime();
      long[] n = {0};
      consulta.recorrer(desde, hasta, f -> n[0]++);
      long c = System.nanoTime();
      java.util.List<FilaTicket> filas = new java.util.ArrayList<>();
      consulta.recorrer(desde, hasta, filas::add);
      var esperas = consulta.esperasProveedor(desde);
      long d = 0;
      for (int r = 0; r < 5; r++) {
        long x = System.nanoTime();
        var calculo =
            new CalculoTiempoAtencion(
                2026, calendario, (cat, t) -> OptionalLong.of(9 * 3600), esperas, Instant.now());
        filas.forEach(calculo::agregar);
        calculo.resultado();
        d = System.nanoTime() - x;
      }
      System.out.printf(
          "detalle: esperas %,d ms, lectura de filas %,d ms, cálculo en memoria %,d ms%n",
          (b - a) / 1_000_000, (c - b) / 1_000_000, d / 1_000_000);
    }
    long[] calientes = Arrays.copyOfRange(tiempos, 1, tiempos.length);
    Arrays.sort(calientes);
    System.out.printf(
        "%n== Indicador de tiempo de atención, %s, %,d tickets del año 2026 ==%n", base, tickets);
    System.out.printf("inserción:             %,d ms%n", insercion / 1_000_000);
    System.out.printf("cálculo (primera vez): %,d ms%n", tiempos[0] / 1_000_000);
    System.out.printf(
        "cálculo (mediana de %d): %,d ms (mín %,d, máx %,d)%n",
        calientes.length,
        calientes[calientes.length / 2] / 1_000_000,
        calientes[0] / 1_000_000,
        calientes[calientes.length - 1] / 1_000_000);
    System.out.printf(
        "CPU del hilo (mediana): %,d ms; procesadores: %d, carga del sistema: %.1f%n",
        cpuCalientes[cpuCalientes.length / 2] / 1_000_000,
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    System.out.printf(
        "memoria usada tras el cálculo: %,d MB (antes %,d MB; heap máximo %,d MB; pico del heap %,d MB)%n",
        memoriaDespues >> 20,
        memoriaAntes >> 20,
        rt.maxMemory() >> 20,
        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted() >> 20);
    System.out.printf(
        "incidencias cerradas: %,d; media laborable del año: %,d s%n%n",
        resultado.anual().cerradas(), resultado.anual().laborable().media());
    assertThat(resultado.anual().reportadas() + resultado.requerimientosAnual().reportados())
        .isEqualTo(tickets);
    Tabla.agregar(
        String.format(
            "5. Indicador de un año con %,d tickets cerrados: cálculo, mediana de %d (1.ª vez; "
                + "heap tras el cálculo)",
            tickets, calientes.length),
        base,
        1,
        String.format(
            "%,d ms (%,d ms; %,d MB)",
            calientes[calientes.length / 2] / 1_000_000,
            tiempos[0] / 1_000_000,
            memoriaDespues >> 20),
        "—",
        null);
  }

  private static TiempoAtencionAnual calcular(
      ConsultaTiempoAtencion consulta, CalendarioLaboral calendario) {
    Instant desde = LocalDate.of(2026, 1, 1).atStartOfDay(LIMA).toInstant();
    Instant hasta = LocalDate.of(2027, 1, 1).atStartOfDay(LIMA).toInstant();
    var calculo =
        new CalculoTiempoAtencion(
            2026,
            calendario,
            (c, t) -> OptionalLong.of(9 * 3600),
            consulta.esperasProveedor(desde),
            Instant.now());
    consulta.recorrer(desde, hasta, calculo::agregar);
    return calculo.resultado();
  }

  /** Los tickets {@code primero} a {@code hasta - 1} (los tamaños se acumulan). */
  private static void insertar(JdbcTemplate jdbc, int primero, int hasta) {
    Random azar = new Random(42 + primero);
    OffsetDateTime inicioAnio = LocalDate.of(2026, 1, 1).atStartOfDay(LIMA).toOffsetDateTime();
    int lote = 5_000;
    for (int desde = primero; desde < hasta; desde += lote) {
      int base = desde;
      int cantidad = Math.min(lote, hasta - desde);
      OffsetDateTime[] registro = new OffsetDateTime[cantidad];
      OffsetDateTime[] cierre = new OffsetDateTime[cantidad];
      for (int i = 0; i < cantidad; i++) {
        registro[i] = inicioAnio.plusMinutes(azar.nextInt(364 * 24 * 60));
        cierre[i] = registro[i].plusMinutes(10 + azar.nextInt(5 * 24 * 60));
      }
      jdbc.batchUpdate(
          "INSERT INTO ticket (codigo, tipo, servicio, categoria, canal, solicitante, asunto, tecnico, estado,"
              + " registrado_en, cerrado_en, tiempo_atencion_seg, process_instance_id)"
              + " VALUES (?, ?, ?, ?, ?, 'bench@osce.gob.pe', 'Benchmark', ?, 'CERRADO', ?, ?, ?, ?)",
          new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
              int n = base + i;
              String[] cat = CATEGORIAS[n % CATEGORIAS.length];
              ps.setString(1, String.format("BEN-%07d", n));
              ps.setString(2, n % 5 == 0 ? "REQUERIMIENTO" : "INCIDENCIA");
              ps.setString(3, cat[1]);
              ps.setString(4, cat[0]);
              ps.setString(5, n % 3 == 0 ? "TELEFONO" : "CORREO");
              ps.setString(6, "tecnico" + (n % 4 + 1));
              ps.setObject(7, registro[i]);
              ps.setObject(8, cierre[i]);
              ps.setLong(9, java.time.Duration.between(registro[i], cierre[i]).toSeconds());
              ps.setString(10, "pi-" + n);
            }

            @Override
            public int getBatchSize() {
              return cantidad;
            }
          });
      // Uno de cada 20 tickets (incidencias) escalado al proveedor: actividad 8 y fin de la
      // ventana.
      jdbc.batchUpdate(
          "INSERT INTO ticket_paso (codigo_ticket, actividad, nombre, momento) VALUES (?, ?, ?, ?)",
          new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
              int k = i / 2;
              int n = base + k * 20 + 1;
              boolean inicio = i % 2 == 0;
              ps.setString(1, String.format("BEN-%07d", n));
              ps.setString(2, inicio ? "A08_SolicitarAtencionTerceros" : "A09_Esperar24Horas");
              ps.setString(3, inicio ? "08 Solicitar atención a terceros" : "09 Pasadas 24 horas");
              ps.setObject(4, registro[k * 20 + 1].plusMinutes(inicio ? 5 : 5 + 24 * 60));
            }

            @Override
            public int getBatchSize() {
              return cantidad / 20 * 2;
            }
          });
    }
  }
}
