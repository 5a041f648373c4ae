package pe.gob.osce.soporte.ticket;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.ListenerAlCompletar;
import pe.gob.osce.soporte.comun.Errores;
import pe.gob.osce.soporte.comun.LecturaVariables;

/**
 * Actividad 4: atención por asistencia remota, con los pasos del procedimiento como checklist. "Al
 * finalizar, solicita a la/el usuaria/o validar la atención": sin ese paso no se completa la tarea.
 */
@Component
class AtenderRemotoListener extends ListenerAlCompletar {

  static final String VALIDACION_SOLICITADA = "validacionSolicitada";

  private final ResultadoAtencion resultado;

  AtenderRemotoListener(ResultadoAtencion resultado) {
    this.resultado = resultado;
  }

  @Override
  protected void alCompletar(DelegateTask tarea) {
    Errores errores = new Errores();
    if (!LecturaVariables.verdadero(tarea, VALIDACION_SOLICITADA)) {
      errores.agregar(VALIDACION_SOLICITADA,
          "es obligatorio: al finalizar se solicita a la/el usuaria/o validar la atención (actividad 4)");
    }
    resultado.registrar(tarea, errores, ResultadoAtencion.checklist(tarea,
        "remotoBotonAsistencia", "envío de la asistencia remota desde el escritorio",
        "remotoAprobacionUsuario", "aprobación, clave y control total del usuario",
        "remotoElevacionAdministrador", "cuenta elevada a administrador de red (SIAF/SIGA/SPIJ)",
        VALIDACION_SOLICITADA, "validación solicitada al usuario"));
  }
}
