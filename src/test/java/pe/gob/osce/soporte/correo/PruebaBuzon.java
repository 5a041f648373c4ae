package pe.gob.osce.soporte.correo;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import pe.gob.osce.soporte.PruebaIntegracion;
import pe.gob.osce.soporte.ticket.RegistroActividades;

/**
 * Base de las pruebas del buzón de entrada: la bandeja de la mesa de ayuda vacía antes de cada una.
 */
abstract class PruebaBuzon extends PruebaIntegracion {

  @Autowired BuzonEntrada buzonEntrada;
  @Autowired RegistroActividades registro;
  @Autowired JdbcTemplate jdbc;

  BuzonDePrueba buzon;

  @BeforeEach
  void buzonVacio() throws Exception {
    buzon = new BuzonDePrueba(HOST_CORREO, IMAP);
    buzon.vaciar();
  }
}
