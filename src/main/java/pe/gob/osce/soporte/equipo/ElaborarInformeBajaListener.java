package pe.gob.osce.soporte.equipo;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.Errores;
import pe.gob.osce.soporte.comun.LecturaVariables;
import pe.gob.osce.soporte.comun.ListenerAlCompletar;
import pe.gob.osce.soporte.comun.UsuarioActual;

/**
 * Actividad 20: la asistente redacta el sustento del informe de baja de los bienes (obsolescencia,
 * inoperatividad o no reparación); el PDF con la relación de todos se genera a continuación.
 */
@Component
class ElaborarInformeBajaListener extends ListenerAlCompletar {

  private final UsuarioActual usuario;

  ElaborarInformeBajaListener(UsuarioActual usuario) {
    this.usuario = usuario;
  }

  @Override
  protected void alCompletar(DelegateTask tarea) {
    String informe = LecturaVariables.texto(tarea, BajaBienesProceso.VAR_INFORME_BAJA);
    new Errores()
        .siVacio(BajaBienesProceso.VAR_INFORME_BAJA, informe,
            "es obligatorio: sustente la obsolescencia, inoperatividad o no reparación de los bienes")
        .siLargo(BajaBienesProceso.VAR_INFORME_BAJA, informe, 3000)
        .lanzarSiHay();
    tarea.setVariable(BajaBienesProceso.VAR_ELABORADO_POR, usuario.id());
  }
}
