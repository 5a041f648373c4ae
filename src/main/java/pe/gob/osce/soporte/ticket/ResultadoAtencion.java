package pe.gob.osce.soporte.ticket;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.Errores;
import pe.gob.osce.soporte.comun.Variable;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Variables;
import pe.gob.osce.soporte.ticket.ReglaSolucionOEscalamiento.Atencion;
import pe.gob.osce.soporte.ticket.ReglaSolucionOEscalamiento.Decision;

/**
 * Lo común al cierre de las actividades 4, 5 y 6: lee el resultado de la atención, aplica {@link
 * ReglaSolucionOEscalamiento} junto con los errores del checklist de la actividad, y escribe la
 * decisión (variables del proceso e historia del ticket).
 */
@Component
class ResultadoAtencion {

  /** Una casilla del checklist de la actividad con su texto para la historia del ticket. */
  public record Paso(Variable<Boolean> casilla, String etiqueta) {}

  private final RegistroActividades registro;
  private final BitacoraTicket bitacora;

  ResultadoAtencion(RegistroActividades registro, BitacoraTicket bitacora) {
    this.registro = registro;
    this.bitacora = bitacora;
  }

  /** "Sí: etiqueta; No: etiqueta" de las casillas del checklist que el formulario envió. */
  public static String checklist(DelegateTask tarea, List<Paso> pasos) {
    StringBuilder texto = new StringBuilder();
    for (Paso paso : pasos) {
      Boolean marcado = paso.casilla().leer(tarea);
      if (marcado != null) {
        texto
            .append(texto.length() == 0 ? "" : "; ")
            .append(marcado ? "Sí: " : "No: ")
            .append(paso.etiqueta());
      }
    }
    return texto.toString();
  }

  /** Valida el resultado junto con los errores del checklist de la actividad y lo anota. */
  public void registrar(DelegateTask tarea, Errores erroresChecklist, String checklist) {
    Ticket ticket = registro.obtener(BitacoraTicket.codigo(tarea.getExecution()));
    Atencion atencion =
        new Atencion(
            ticket.tipo(),
            Variables.SOLUCIONADO.leer(tarea),
            Variables.DETALLE_ATENCION.leer(tarea),
            Variables.CAMBIO_EQUIPO.leer(tarea, false));
    ReglaSolucionOEscalamiento.validar(atencion, erroresChecklist);
    erroresChecklist.lanzarSiHay();

    Decision decision = ReglaSolucionOEscalamiento.decidir(atencion);
    Variables.REQUIERE_TERCEROS.escribir(tarea, decision.requiereTerceros());
    Variables.CAMBIO_EQUIPO.escribir(tarea, decision.cambioEquipo());
    if (atencion.solucionado() == null) {
      Variables.SOLUCIONADO.escribir(tarea, decision.solucionado());
    }
    bitacora.anotar(
        tarea, decision.resumen() + (checklist.isEmpty() ? "" : " | Checklist: " + checklist));
  }
}
