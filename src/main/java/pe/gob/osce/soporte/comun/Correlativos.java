package pe.gob.osce.soporte.comun;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Números correlativos por serie y año (tickets, cargos). El número se toma con un bloqueo de fila
 * dentro de la transacción que lo usa: sin huecos si esa transacción se revierte, y único aunque
 * varios inicios, o varios nodos, lo pidan a la vez.
 */
@Component
public class Correlativos {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate puntoDeGuardado;

  public Correlativos(JdbcTemplate jdbc, PlatformTransactionManager transacciones) {
    this.jdbc = jdbc;
    this.puntoDeGuardado = new TransactionTemplate(transacciones);
    // NESTED: un savepoint en la misma conexión. Con REQUIRES_NEW cada inicio pedía una segunda
    // conexión mientras retenía la suya: tantos inicios a la vez como conexiones del pool, el
    // primer
    // ticket del año, y todos esperaban al pool hasta fallar.
    this.puntoDeGuardado.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  public int siguiente(String serie, int anio) {
    if (incrementar(serie, anio) == 0) {
      crearSerie(serie, anio);
      incrementar(serie, anio);
    }
    return jdbc.queryForObject(
        "SELECT ultimo FROM correlativo WHERE serie = ? AND anio = ?", Integer.class, serie, anio);
  }

  private int incrementar(String serie, int anio) {
    return jdbc.update(
        "UPDATE correlativo SET ultimo = ultimo + 1 WHERE serie = ? AND anio = ?", serie, anio);
  }

  /**
   * La fila del año se crea tras un savepoint: si otro inicio la creó antes (PostgreSQL espera a
   * que confirme y responde clave duplicada), se vuelve al savepoint, la transacción sigue viva y
   * basta con usar la fila.
   */
  private void crearSerie(String serie, int anio) {
    try {
      puntoDeGuardado.executeWithoutResult(
          estado ->
              jdbc.update(
                  "INSERT INTO correlativo (serie, anio, ultimo) VALUES (?, ?, 0)", serie, anio));
    } catch (DuplicateKeyException yaExiste) {
      // Otro inicio creó la serie del año al mismo tiempo.
    }
  }
}
