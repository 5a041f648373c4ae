package pe.gob.osce.soporte.ticket;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Actividad 9: se cerró la ventana de 24 horas sin reporte de error. Queda en la historia del
 * ticket, porque el tiempo de espera del proveedor se informa aparte del de la unidad.
 */
@Component
class Esperar24HorasListener implements ExecutionListener {

  private final BitacoraTicket bitacora;

  Esperar24HorasListener(BitacoraTicket bitacora) {
    this.bitacora = bitacora;
  }

  @Override
  public void notify(DelegateExecution ejecucion) {
    bitacora.anotar(
        ejecucion, "Pasó la ventana de 24 horas sin reporte de error del servicio del proveedor");
  }
}
