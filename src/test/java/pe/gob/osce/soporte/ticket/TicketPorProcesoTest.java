package pe.gob.osce.soporte.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Issue 14: la respuesta a un correo de un ticket se busca por su instancia de proceso ({@link
 * RegistroActividades#codigoDeProceso}); con cinco años de tickets, sin índice cada correo recorre
 * la tabla entera (172 ms con 100 000 tickets en H2; 6 ms con el índice de V30).
 */
class TicketPorProcesoTest {

  @Test
  void elTicketDeUnaInstanciaSeBuscaPorIndiceYNoRecorriendoLaTabla() {
    SimpleDriverDataSource datos =
        new SimpleDriverDataSource(
            new org.h2.Driver(), "jdbc:h2:mem:ticket-por-proceso;DB_CLOSE_DELAY=-1", "sa", "");
    Flyway.configure().dataSource(datos).locations("classpath:db/migration").load().migrate();
    JdbcTemplate jdbc = new JdbcTemplate(datos);

    String plan =
        jdbc.queryForObject(
            "EXPLAIN SELECT codigo FROM ticket WHERE process_instance_id = ?",
            String.class,
            "pi-1");

    assertThat(plan).containsIgnoringCase("IX_TICKET_PROCESO");
  }
}
