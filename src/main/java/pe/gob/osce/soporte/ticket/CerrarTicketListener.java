package pe.gob.osce.soporte.ticket;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.Errores;
import pe.gob.osce.soporte.comun.ListenerAlCompletar;
import pe.gob.osce.soporte.equipo.RegistroEquipos;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Variables;
import pe.gob.osce.soporte.ticket.ReglaCierre.Cierre;

/**
 * Actividad 12: el técnico cierra el ticket e indica si hubo cambio o devolución de equipos, que
 * abre en paralelo las actividades 13-14 y el ciclo de vida de cada equipo devuelto (15).
 */
@Component
class CerrarTicketListener extends ListenerAlCompletar {

  private final RegistroEquipos equipos;
  private final BitacoraTicket bitacora;

  CerrarTicketListener(RegistroEquipos equipos, BitacoraTicket bitacora) {
    this.equipos = equipos;
    this.bitacora = bitacora;
  }

  @Override
  protected void alCompletar(DelegateTask tarea) {
    boolean devolucion = Variables.DEVOLUCION_EQUIPO.leer(tarea, false);
    List<String> devueltos = Variables.EQUIPOS_DEVUELTOS.leer(tarea);
    Cierre cierre =
        new Cierre(
            devolucion,
            devueltos,
            devueltos.stream().filter(c -> !equipos.existe(c)).toList(),
            Variables.CAMBIO_EQUIPO.leer(tarea, false));
    Errores errores = new Errores();
    ReglaCierre.validar(cierre, errores);
    errores.lanzarSiHay();
    Variables.DEVOLUCION_EQUIPO.escribir(tarea, devolucion);
    Variables.EQUIPOS_DEVUELTOS.escribir(tarea, devolucion ? devueltos : null);
    Variables.MOVIMIENTO_EQUIPOS.escribir(tarea, ReglaCierre.movimientoEquipos(cierre));
    bitacora.anotar(
        tarea,
        devolucion
            ? "Cierre con devolución de equipos: " + String.join(", ", devueltos)
            : "Cierre sin devolución de equipos");
  }
}
