package pe.gob.osce.soporte.tasklist;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.query.Query;
import org.camunda.bpm.engine.rest.dto.task.TaskQueryDto;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * Compara dos consultas de tareas como las guarda y las devuelve la API REST de filtros (criterios,
 * expresiones, consultas "o" y orden), sin depender de las clases internas del motor.
 */
final class ConsultaFiltro {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ConsultaFiltro() {}

  /** Si la consulta guardada de un filtro es la misma que {@code otra} (nula: nunca). */
  static boolean misma(Query<?, ?> guardada, TaskQuery otra) {
    if (otra == null || !(guardada instanceof TaskQuery)) {
      return false;
    }
    return JSON.valueToTree(TaskQueryDto.fromQuery(guardada))
        .equals(JSON.valueToTree(TaskQueryDto.fromQuery(otra)));
  }
}
