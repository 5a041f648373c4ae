package pe.gob.osce.soporte.ticket;

import java.time.Duration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.Reloj;

/**
 * Actividad 12: cierra el ticket en "Actividades de soporte" con su hora de cierre y tiempo de
 * atención.
 */
@Component
class RegistrarCierreDelegate implements JavaDelegate {

  private final RegistroActividades registro;
  private final BitacoraTicket bitacora;

  RegistrarCierreDelegate(RegistroActividades registro, BitacoraTicket bitacora) {
    this.registro = registro;
    this.bitacora = bitacora;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    Duration atencion = registro.cerrar(BitacoraTicket.codigo(ejecucion), Reloj.ahora());
    bitacora.anotar(ejecucion, "Ticket cerrado. Tiempo de atención: " + legible(atencion));
  }

  static String legible(Duration d) {
    long dias = d.toDays();
    return (dias > 0 ? dias + " d " : "") + d.toHoursPart() + " h " + d.toMinutesPart() + " min";
  }
}
