package pe.gob.osce.soporte.correo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import pe.gob.osce.soporte.PruebaIntegracion;
import pe.gob.osce.soporte.ticket.EscenarioTicket;

/** En un clúster, un solo nodo lee el buzón a la vez; un nodo caído no lo bloquea para siempre. */
public class CerrojoBuzonTest extends PruebaIntegracion {

  @Autowired JdbcTemplate jdbc;
  @Autowired EntradaCorreoProperties propiedades;
  @Autowired BuzonEntrada buzonEntrada;

  @AfterEach
  void liberar() {
    jdbc.update("UPDATE cerrojo SET duenio = NULL WHERE nombre = ?", CerrojoBuzon.NOMBRE);
  }

  @Test
  void mientrasUnNodoLeeElOtroNoYUnCerrojoVencidoSeRetoma() {
    CerrojoBuzon nodoA = new CerrojoBuzon(jdbc, propiedades);
    CerrojoBuzon nodoB = new CerrojoBuzon(jdbc, propiedades);

    assertThat(nodoA.tomar()).isTrue();
    assertThat(nodoB.tomar()).isFalse();
    assertThat(nodoA.tomar()).as("el dueño lo renueva").isTrue();
    jdbc.update(
        "UPDATE cerrojo SET hasta = TIMESTAMP WITH TIME ZONE '2001-01-01 00:00:00+00' WHERE nombre = ?",
        CerrojoBuzon.NOMBRE); // el nodo A cayó y su cerrojo venció
    assertThat(nodoB.tomar()).isTrue();
    assertThat(nodoA.tomar()).isFalse();
    nodoB.soltar();
    assertThat(nodoA.tomar()).isTrue();
  }

  @Test
  void soloUnoDeVariosNodosSimultaneosTomaElCerrojo() throws Exception {
    assertThat(tomasSimultaneas(jdbc, propiedades, 8)).isEqualTo(1);
  }

  @Test
  void siOtroNodoLeeElBuzonEstaLecturaNoTocaNada() throws Exception {
    BuzonDePrueba buzon = new BuzonDePrueba(HOST_CORREO, IMAP);
    buzon.vaciar();
    buzon.depositar(
        CorreosDePrueba.simple(
            "<cerrojo-1@osce.gob.pe>",
            EscenarioTicket.solicitanteNuevo(),
            "Mouse sin respuesta",
            "Tipo: INCIDENCIA\nServicio: MOUSE"));
    CerrojoBuzon otroNodo = new CerrojoBuzon(jdbc, propiedades);
    assertThat(otroNodo.tomar()).isTrue();

    BuzonEntrada.Lectura ocupado = buzonEntrada.leer();
    otroNodo.soltar();
    BuzonEntrada.Lectura libre = buzonEntrada.leer();

    assertThat(ocupado.leido()).isFalse();
    assertThat(libre.procesados()).isEqualTo(1);
    assertThat(buzon.asuntos("Procesados")).containsExactly("Mouse sin respuesta");
  }

  /** Cuántos de {@code nodos} nodos que intentan a la vez se quedan con el cerrojo. */
  public static long tomasSimultaneas(
      JdbcTemplate jdbc, EntradaCorreoProperties propiedades, int nodos) throws Exception {
    ExecutorService hilos = Executors.newFixedThreadPool(nodos);
    try {
      CountDownLatch largada = new CountDownLatch(1);
      List<Callable<Boolean>> intentos = new ArrayList<>();
      for (int i = 0; i < nodos; i++) {
        CerrojoBuzon nodo = new CerrojoBuzon(jdbc, propiedades);
        intentos.add(
            () -> {
              largada.await();
              return nodo.tomar();
            });
      }
      List<Future<Boolean>> resultados = new ArrayList<>();
      intentos.forEach(i -> resultados.add(hilos.submit(i)));
      largada.countDown();
      long tomados = 0;
      for (Future<Boolean> r : resultados) {
        tomados += r.get() ? 1 : 0;
      }
      return tomados;
    } finally {
      hilos.shutdownNow();
    }
  }
}
