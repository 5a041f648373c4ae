package pe.gob.osce.soporte.ticket;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.catalogo.Servicio;
import pe.gob.osce.soporte.comun.Errores;
import pe.gob.osce.soporte.comun.ListenerAlCompletar;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Variables;

/**
 * Actividad 1, pedido llegado por correo sin tipo o servicio: la asistente lo clasifica. Se valida
 * aquí con mensajes por campo; el registro con su código lo hace enseguida A01_RegistrarTicket.
 */
@Component
class ClasificarTicketListener extends ListenerAlCompletar {

  @Override
  protected void alCompletar(DelegateTask tarea) {
    String tipo = Variables.TIPO.leerTexto(tarea);
    String servicio = Variables.SERVICIO.leerTexto(tarea);
    Errores errores =
        new Errores()
            .siVacio(Variables.TIPO, tipo, "es obligatorio: INCIDENCIA o REQUERIMIENTO")
            .siVacio(
                Variables.SERVICIO, servicio, "es obligatorio: elija un servicio del catálogo");
    if (servicio != null && Servicio.deCodigo(servicio).isEmpty()) {
      errores.agregar(Variables.SERVICIO, "«" + servicio + "» no es un servicio del catálogo");
    }
    errores.lanzarSiHay();
    Variables.REQUIERE_CLASIFICACION.escribir(tarea, false);
  }
}
