package pe.gob.osce.soporte.benchmark.carga;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * El perfil del lado de PostgreSQL: el servidor de zonky arranca con {@code pg_stat_statements}
 * (las sentencias de la carga medida, con su tiempo total, medio y máximo) y {@code auto_explain}
 * (el plan con {@code EXPLAIN ANALYZE} de toda sentencia de más de 50 ms, en {@code
 * target/benchmark/postgresql.log}).
 */
final class SentenciasLentas {

  private final JdbcTemplate jdbc;

  SentenciasLentas(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    jdbc.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
  }

  static EmbeddedPostgres postgresql() throws IOException {
    Path registro = Path.of("target/benchmark/postgresql.log");
    Files.createDirectories(registro.getParent());
    return EmbeddedPostgres.builder()
        .setServerConfig("shared_preload_libraries", "pg_stat_statements,auto_explain")
        .setServerConfig("auto_explain.log_min_duration", "50ms")
        .setServerConfig("auto_explain.log_analyze", "on")
        .setOutputRedirector(ProcessBuilder.Redirect.appendTo(registro.toFile()))
        .setErrorRedirector(ProcessBuilder.Redirect.appendTo(registro.toFile()))
        .start();
  }

  /** Desde aquí cuenta lo que se imprime. */
  void olvidar() {
    jdbc.execute("SELECT pg_stat_statements_reset()");
  }

  /** Las sentencias que más tiempo de servidor sumaron desde {@link #olvidar()}. */
  void imprimir(int cuantas) {
    System.out.println(
        "[carga] PostgreSQL, sentencias con más tiempo total durante la carga (pg_stat_statements):");
    jdbc.query(
        "SELECT calls, total_exec_time, mean_exec_time, max_exec_time, left(regexp_replace(query, '\\s+', ' ', 'g'), 220)"
            + " FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT "
            + cuantas,
        rs -> {
          System.out.printf(
              "[carga]   %,6d llamadas, total %,8.0f ms, media %6.2f ms, máx %7.1f ms: %s%n",
              rs.getLong(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4), rs.getString(5));
        });
  }
}
