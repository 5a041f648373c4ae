package pe.gob.osce.soporte.equipo;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.LecturaVariables;
import pe.gob.osce.soporte.comun.UsuarioActual;

/**
 * Actividad 19: el equipo obsoleto (18) o inoperativo (15) queda "pendiente de baja" en el registro
 * de alta, baja y traslado; el motivo propuesto pasa al informe de baja (20).
 */
@Component
class ActualizarRegistrosDelegate implements JavaDelegate {

  private final RegistroEquipos registro;
  private final UsuarioActual usuario;

  ActualizarRegistrosDelegate(RegistroEquipos registro, UsuarioActual usuario) {
    this.registro = registro;
    this.usuario = usuario;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    MotivoBaja motivo = LecturaVariables.verdadero(ejecucion, CicloVidaEquipoProceso.VAR_OBSOLETO)
        ? MotivoBaja.OBSOLESCENCIA : MotivoBaja.INOPERATIVO;
    ejecucion.setVariable(CicloVidaEquipoProceso.VAR_MOTIVO_BAJA, motivo.name());
    registro.cambiar(LecturaVariables.texto(ejecucion, CicloVidaEquipoProceso.VAR_CODIGO_PATRIMONIAL),
        EstadoEquipo.PENDIENTE_BAJA, null, "Se procede a la baja por " + motivo.etiqueta().toLowerCase()
            + " (actividad 19)", LecturaVariables.texto(ejecucion, CicloVidaEquipoProceso.VAR_TICKET), usuario.id());
  }
}
