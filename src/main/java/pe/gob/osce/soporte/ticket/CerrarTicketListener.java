package pe.gob.osce.soporte.ticket;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.ListenerAlCompletar;
import pe.gob.osce.soporte.comun.Errores;
import pe.gob.osce.soporte.equipo.RegistroEquipos;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Variables;

/**
 * Actividad 12: el técnico cierra el ticket e indica si hubo cambio o devolución de equipos, que
 * abre en paralelo las actividades 13-14 y el ciclo de vida de cada equipo devuelto (15).
 */
@Component
public class CerrarTicketListener extends ListenerAlCompletar {

  private final RegistroEquipos equipos;
  private final BitacoraTicket bitacora;

  public CerrarTicketListener(RegistroEquipos equipos, BitacoraTicket bitacora) {
    this.equipos = equipos;
    this.bitacora = bitacora;
  }

  @Override
  protected void alCompletar(DelegateTask tarea) {
    boolean devolucion = Variables.DEVOLUCION_EQUIPO.leer(tarea, false);
    List<String> devueltos = Variables.EQUIPOS_DEVUELTOS.leer(tarea);
    Errores errores = new Errores();
    if (devolucion && devueltos.isEmpty()) {
      errores.agregar(Variables.EQUIPOS_DEVUELTOS, "indique los códigos patrimoniales de los equipos devueltos");
    }
    List<String> faltan = devueltos.stream().filter(c -> !equipos.existe(c)).toList();
    if (!faltan.isEmpty()) {
      errores.agregar(Variables.EQUIPOS_DEVUELTOS, "no están en el registro de equipos: " + String.join(", ", faltan));
    }
    errores.lanzarSiHay();
    Variables.DEVOLUCION_EQUIPO.escribir(tarea, devolucion);
    Variables.EQUIPOS_DEVUELTOS.escribir(tarea, devolucion ? devueltos : null);
    Variables.MOVIMIENTO_EQUIPOS.escribir(tarea, devolucion || Variables.CAMBIO_EQUIPO.leer(tarea, false));
    bitacora.anotar(tarea, devolucion ? "Cierre con devolución de equipos: " + String.join(", ", devueltos)
        : "Cierre sin devolución de equipos");
  }
}
