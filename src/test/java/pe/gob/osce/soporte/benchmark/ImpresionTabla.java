package pe.gob.osce.soporte.benchmark;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Imprime la {@link Tabla} al terminar las pruebas de una JVM, si esta JVM le agregó filas (las
 * pruebas normales no la tocan y no imprimen nada). Con {@code -Dbenchmark.imprimir=false} no
 * imprime: así la ejecución sobre H2 del perfil benchmark deja la tabla entera a la de PostgreSQL,
 * que corre después. Registrado en {@code
 * META-INF/services/org.junit.platform.launcher.TestExecutionListener}.
 */
public class ImpresionTabla implements TestExecutionListener {

  @Override
  public void testPlanExecutionFinished(TestPlan plan) {
    if (Tabla.agregoFilas() && !"false".equals(System.getProperty("benchmark.imprimir"))) {
      Tabla.imprimir();
    }
  }
}
