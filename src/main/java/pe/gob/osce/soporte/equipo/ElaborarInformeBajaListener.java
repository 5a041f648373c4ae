package pe.gob.osce.soporte.equipo;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.Errores;
import pe.gob.osce.soporte.comun.ListenerAlCompletar;
import pe.gob.osce.soporte.comun.UsuarioActual;
import pe.gob.osce.soporte.equipo.BajaBienesProceso.Variables;

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
    String informe = Variables.INFORME_BAJA.leer(tarea);
    new Errores()
        .siVacio(
            Variables.INFORME_BAJA,
            informe,
            "es obligatorio: sustente la obsolescencia, inoperatividad o no reparación de los bienes")
        .siLargo(Variables.INFORME_BAJA, informe, 3000)
        .lanzarSiHay();
    Variables.ELABORADO_POR.escribir(tarea, usuario.id());
  }
}
