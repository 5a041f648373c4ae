package pe.gob.osce.soporte.ticket;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.Errores;
import pe.gob.osce.soporte.comun.ListenerAlCompletar;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Variables;

/** Actividad 9: el/la proveedor/a informó la finalización; empieza la ventana de 24 horas. */
@Component
class TomarConocimientoListener extends ListenerAlCompletar {

  private final RegistroActividades registro;
  private final BitacoraTicket bitacora;

  TomarConocimientoListener(RegistroActividades registro, BitacoraTicket bitacora) {
    this.registro = registro;
    this.bitacora = bitacora;
  }

  @Override
  protected void alCompletar(DelegateTask tarea) {
    String informe = Variables.INFORME_PROVEEDOR.leer(tarea);
    new Errores()
        .siVacio(
            Variables.INFORME_PROVEEDOR,
            informe,
            "es obligatorio: registre el informe, guía de atención o boleta del proveedor")
        .lanzarSiHay();
    registro.cambiarEstado(
        BitacoraTicket.codigo(tarea.getExecution()), EstadoTicket.SERVICIO_PROVEEDOR_FINALIZADO);
    bitacora.anotar(tarea, "Servicio del proveedor finalizado: " + informe);
  }
}
