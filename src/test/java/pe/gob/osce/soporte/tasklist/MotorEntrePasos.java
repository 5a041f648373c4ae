package pe.gob.osce.soporte.tasklist;

import java.time.Duration;
import java.util.Date;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * Lo que en producción hace el motor solo y la prueba de navegador hace con su API (el job executor
 * está apagado): ejecutar los jobs de correo y documentos, y disparar un temporizador moviendo el
 * reloj. Nunca se espera por tiempo: se consulta el motor hasta que llega al estado esperado.
 */
public final class MotorEntrePasos {

  private final RuntimeService runtime;
  private final TaskService tareas;
  private final ManagementService gestion;

  public MotorEntrePasos(ProcessEngine motor) {
    this.runtime = motor.getRuntimeService();
    this.tareas = motor.getTaskService();
    this.gestion = motor.getManagementService();
  }

  public ProcessInstance instancia(String clave, String businessKey) {
    return runtime
        .createProcessInstanceQuery()
        .processDefinitionKey(clave)
        .processInstanceBusinessKey(businessKey)
        .singleResult();
  }

  /**
   * Ejecuta los jobs listos hasta que la instancia con ese business key espera la tarea indicada.
   */
  public void avanzarHasta(String businessKey, String tarea) {
    esperar(
        () ->
            tareas
                        .createTaskQuery()
                        .processInstanceBusinessKey(businessKey)
                        .taskDefinitionKey(tarea)
                        .count()
                    == 1
                || ejecutarJobs());
  }

  /** Ejecuta los jobs listos hasta que se cumple la condición. */
  public void avanzarHasta(BooleanSupplier condicion) {
    esperar(() -> condicion.getAsBoolean() || ejecutarJobs());
  }

  /** Mueve el reloj del motor un minuto más allá del temporizador de la instancia y lo ejecuta. */
  public void dispararTemporizador(String instancia) {
    avanzarHasta(() -> gestion.createJobQuery().processInstanceId(instancia).timers().count() == 1);
    Job temporizador =
        gestion.createJobQuery().processInstanceId(instancia).timers().singleResult();
    ClockUtil.setCurrentTime(
        new Date(temporizador.getDuedate().getTime() + Duration.ofMinutes(1).toMillis()));
    gestion.executeJob(temporizador.getId());
  }

  /** Los jobs listos (no los temporizadores futuros); devuelve false para seguir esperando. */
  private boolean ejecutarJobs() {
    for (Job job : gestion.createJobQuery().executable().list()) {
      gestion.executeJob(job.getId());
    }
    return false;
  }

  private static void esperar(BooleanSupplier condicion) {
    new FluentWait<>(condicion)
        .withTimeout(Duration.ofSeconds(15))
        .pollingEvery(Duration.ofMillis(200))
        .until(BooleanSupplier::getAsBoolean);
  }
}
