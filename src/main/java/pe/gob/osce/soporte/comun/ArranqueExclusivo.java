package pe.gob.osce.soporte.comun;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lo que cada nodo prepara al iniciar (grupos, autorizaciones, usuarios demo, filtros de Tasklist)
 * se hace de a un nodo a la vez: en una transacción que bloquea la fila {@code arranque} de la
 * tabla {@code cerrojo}. Dos nodos que arrancan juntos sobre la misma base no crean dos veces el
 * mismo filtro ni chocan con la restricción única de las autorizaciones; el segundo espera y
 * encuentra todo hecho.
 */
@Component
public class ArranqueExclusivo {

  static final String FILA = "arranque";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaccion;

  public ArranqueExclusivo(JdbcTemplate jdbc, TransactionTemplate transaccion) {
    this.jdbc = jdbc;
    this.transaccion = transaccion;
  }

  /**
   * Ejecuta la preparación con el cerrojo tomado; el motor de Camunda se une a la misma
   * transacción.
   */
  public void ejecutar(Runnable preparacion) {
    transaccion.executeWithoutResult(
        estado -> {
          jdbc.queryForList(
              "SELECT nombre FROM cerrojo WHERE nombre = ? FOR UPDATE", String.class, FILA);
          preparacion.run();
        });
  }
}
