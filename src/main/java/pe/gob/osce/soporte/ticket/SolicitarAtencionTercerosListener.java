package pe.gob.osce.soporte.ticket;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.Errores;
import pe.gob.osce.soporte.comun.ListenerAlCompletar;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Variables;

/**
 * Actividad 8: a quién se escala la incidencia no solucionada, o el servicio no conforme, y por
 * qué.
 */
@Component
class SolicitarAtencionTercerosListener extends ListenerAlCompletar {

  private final RegistroActividades registro;
  private final BitacoraTicket bitacora;

  SolicitarAtencionTercerosListener(RegistroActividades registro, BitacoraTicket bitacora) {
    this.registro = registro;
    this.bitacora = bitacora;
  }

  @Override
  protected void alCompletar(DelegateTask tarea) {
    String proveedor = Variables.PROVEEDOR.leer(tarea);
    String correo = Variables.CORREO_PROVEEDOR.leer(tarea);
    String motivo = Variables.MOTIVO_ESCALAMIENTO.leer(tarea);
    new Errores()
        .siVacio(
            Variables.PROVEEDOR,
            proveedor,
            "es obligatorio: el/la proveedor/a o tercero de servicio TI")
        .siLargo(Variables.PROVEEDOR, proveedor, 200)
        .siVacio(
            Variables.CORREO_PROVEEDOR,
            correo,
            "es obligatorio: el correo al que se escala la atención")
        .siCorreoInvalido(Variables.CORREO_PROVEEDOR, correo)
        .siVacio(
            Variables.MOTIVO_ESCALAMIENTO,
            motivo,
            "es obligatorio: explique qué debe atender el/la proveedor/a")
        .lanzarSiHay();
    registro.registrarProveedor(BitacoraTicket.codigo(tarea.getExecution()), proveedor);
    bitacora.anotar(tarea, "Escalado a " + proveedor + " <" + correo + ">: " + motivo);
  }
}
