package pe.gob.osce.soporte.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import pe.gob.osce.soporte.BaseDePruebas;
import pe.gob.osce.soporte.PruebaIntegracion;
import pe.gob.osce.soporte.benchmark.ConductorTicket.Camino;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso;

/**
 * Medida 1 del issue 14: tickets por segundo del servicio (modelos, listeners, delegates, registros
 * y correo al servidor embebido) frente al mismo esqueleto BPMN sin nada del servicio ({@link
 * EsqueletoAtencion}), en la misma JVM, con 1 y 4 clientes, por el camino remoto solucionado y por
 * el escalado. Los dos se conducen con las mismas llamadas Java ({@link ConductorTicket}): por
 * {@code /engine-rest} el costo del HTTP, la autenticación y el JSON, igual para los dos, diluiría
 * la diferencia que se quiere ver. Tamaño: {@code -Dbenchmark.ciclo.tickets} (40 por medida, en 3
 * tandas).
 */
class CicloTicketBenchmark extends PruebaIntegracion {

  private static final int TICKETS = Integer.getInteger("benchmark.ciclo.tickets", 40);
  private static final int TANDAS = 3;
  private static final com.sun.management.OperatingSystemMXBean CPU =
      (com.sun.management.OperatingSystemMXBean)
          java.lang.management.ManagementFactory.getOperatingSystemMXBean();
  private static final double META = 0.70;

  @Autowired ConfigurableApplicationContext contexto;

  @Test
  void elServicioFrenteAlEsqueletoDelMismoModelo() throws Exception {
    EsqueletoAtencion.desplegar(motor, contexto.getBeanFactory());
    ConductorTicket conductor = new ConductorTicket(motor);
    // El esqueleto no tiene los listeners del servicio: su tarea conserva el nombre del modelo.
    assertThat(conductor.nombrePrimeraTarea(EsqueletoAtencion.CLAVE))
        .isEqualTo("02 Asignar técnico");
    assertThat(conductor.nombrePrimeraTarea(AtencionTicketProceso.CLAVE))
        .startsWith("02 Asignar técnico · SOP-");

    String base = BaseDePruebas.esPostgresql() ? "PostgreSQL" : "H2";
    for (Camino camino : Camino.values()) {
      // Calentamiento: JIT y cachés de los dos antes de medir.
      medir(conductor, AtencionTicketProceso.CLAVE, camino, 2, Math.max(4, TICKETS / 3));
      medir(conductor, EsqueletoAtencion.CLAVE, camino, 2, Math.max(4, TICKETS / 3));
    }
    for (Camino camino : Camino.values()) {
      for (int clientes : new int[] {1, 4}) {
        // Por tandas alternadas: la carga de la máquina, que cambia, pesa igual sobre los dos.
        double[] esqueletoMedido = new double[2];
        double[] servicioMedido = new double[2];
        int tanda = Math.max(clientes, TICKETS / TANDAS);
        for (int t = 0; t < TANDAS; t++) {
          sumar(
              esqueletoMedido, medir(conductor, EsqueletoAtencion.CLAVE, camino, clientes, tanda));
          sumar(
              servicioMedido,
              medir(conductor, AtencionTicketProceso.CLAVE, camino, clientes, tanda));
        }
        int total = tanda * TANDAS;
        double esqueleto = total / esqueletoMedido[0];
        double servicio = total / servicioMedido[0];
        double razon = servicio / esqueleto;
        // CPU de esta JVM (motor, H2 en memoria, correo embebido) por ticket: no depende de cuánto
        // comparte la
        // máquina; en PostgreSQL no incluye la del servidor.
        double cpuEsqueleto = esqueletoMedido[1] * 1000 / total;
        double cpuServicio = servicioMedido[1] * 1000 / total;
        String nombre =
            camino == Camino.REMOTO_SOLUCIONADO
                ? "remoto solucionado (1, 2, 3, 4, 12)"
                : "escalado (1, 2, 3, 4, 8, 9, 24 h, 12)";
        Tabla.agregar(
            "1. Tickets/s, " + nombre + ": servicio / esqueleto",
            base,
            clientes,
            String.format(
                Locale.ROOT,
                "%.1f / %.1f = %.2f (CPU por ticket: %.0f / %.0f ms = %.2f)",
                servicio,
                esqueleto,
                razon,
                cpuServicio,
                cpuEsqueleto,
                cpuEsqueleto / cpuServicio),
            "≥ 0.70",
            razon >= META);
      }
    }
  }

  private static void sumar(double[] acumulado, double[] medida) {
    acumulado[0] += medida[0];
    acumulado[1] += medida[1];
  }

  /**
   * Segundos de reloj y de CPU de la JVM que tardan {@code cantidad} tickets repartidos entre
   * {@code clientes} hilos.
   */
  private static double[] medir(
      ConductorTicket conductor, String clave, Camino camino, int clientes, int cantidad)
      throws Exception {
    AtomicInteger pendientes = new AtomicInteger(cantidad);
    ExecutorService hilos = Executors.newFixedThreadPool(clientes);
    try {
      long inicio = System.nanoTime();
      long cpuInicio = CPU.getProcessCpuTime();
      List<Future<?>> trabajos = new ArrayList<>();
      for (int c = 0; c < clientes; c++) {
        trabajos.add(
            hilos.submit(
                () -> {
                  while (pendientes.getAndDecrement() > 0) {
                    conductor.ticket(clave, camino);
                  }
                  return null;
                }));
      }
      for (Future<?> trabajo : trabajos) {
        trabajo.get(10, TimeUnit.MINUTES);
      }
      return new double[] {
        (System.nanoTime() - inicio) / 1e9, (CPU.getProcessCpuTime() - cpuInicio) / 1e9
      };
    } finally {
      hilos.shutdownNow();
    }
  }
}
