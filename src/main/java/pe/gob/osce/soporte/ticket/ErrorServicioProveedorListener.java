package pe.gob.osce.soporte.ticket;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Actividad 9: dentro de las 24 horas se reportó un error del servicio del proveedor; se vuelve a
 * la 8.
 */
@Component
class ErrorServicioProveedorListener implements ExecutionListener {

  private final RegistroActividades registro;
  private final BitacoraTicket bitacora;

  ErrorServicioProveedorListener(RegistroActividades registro, BitacoraTicket bitacora) {
    this.registro = registro;
    this.bitacora = bitacora;
  }

  @Override
  public void notify(DelegateExecution ejecucion) {
    registro.cambiarEstado(BitacoraTicket.codigo(ejecucion), EstadoTicket.ESCALADO_PROVEEDOR);
    bitacora.anotar(
        ejecucion,
        "Se reportó un error en la atención del proveedor: se vuelve a escalar (actividad 8)");
  }
}
