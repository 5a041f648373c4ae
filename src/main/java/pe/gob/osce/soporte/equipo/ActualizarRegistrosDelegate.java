package pe.gob.osce.soporte.equipo;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.UsuarioActual;
import pe.gob.osce.soporte.equipo.CicloVidaEquipoProceso.Variables;

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
    MotivoBaja motivo =
        Variables.OBSOLETO.leer(ejecucion, false)
            ? MotivoBaja.OBSOLESCENCIA
            : MotivoBaja.INOPERATIVO;
    Variables.MOTIVO_BAJA.escribir(ejecucion, motivo);
    registro.cambiar(
        Variables.CODIGO_PATRIMONIAL.leer(ejecucion),
        EstadoEquipo.PENDIENTE_BAJA,
        null,
        "Se procede a la baja por " + motivo.etiqueta().toLowerCase() + " (actividad 19)",
        Variables.TICKET.leer(ejecucion),
        usuario.id());
  }
}
