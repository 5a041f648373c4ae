package pe.gob.osce.soporte.equipo;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.Errores;
import pe.gob.osce.soporte.comun.LecturaVariables;
import pe.gob.osce.soporte.comun.UsuarioActual;

/**
 * Actividad 20: la asistente redacta el sustento del informe de baja y confirma el motivo
 * (obsolescencia, inoperatividad o no reparación); el PDF se genera a continuación.
 */
@Component
public class ElaborarInformeBajaListener extends TareaEquipoListener {

  private final UsuarioActual usuario;

  public ElaborarInformeBajaListener(FichaEquipo ficha, UsuarioActual usuario) {
    super(ficha);
    this.usuario = usuario;
  }

  @Override
  protected void alCompletar(DelegateTask tarea) {
    String informe = LecturaVariables.texto(tarea, CicloVidaEquipoProceso.VAR_INFORME_BAJA);
    String motivo = LecturaVariables.texto(tarea, CicloVidaEquipoProceso.VAR_MOTIVO_BAJA);
    Errores errores = new Errores()
        .siVacio(CicloVidaEquipoProceso.VAR_INFORME_BAJA, informe,
            "es obligatorio: sustente la obsolescencia, inoperatividad o no reparación del bien")
        .siLargo(CicloVidaEquipoProceso.VAR_INFORME_BAJA, informe, 3000);
    if (MotivoBaja.deCodigo(motivo).isEmpty()) {
      errores.agregar(CicloVidaEquipoProceso.VAR_MOTIVO_BAJA, "elija el motivo: obsolescencia, inoperatividad o no reparable");
    }
    errores.lanzarSiHay();
    tarea.setVariable(CicloVidaEquipoProceso.VAR_ELABORADO_POR, usuario.id());
  }
}
