package pe.gob.osce.soporte.ticket;

import pe.gob.osce.soporte.catalogo.TipoTicket;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.Errores;
import pe.gob.osce.soporte.comun.LecturaVariables;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Variables;

/**
 * Lo común al cierre de las actividades 4, 5 y 6: el resultado de la atención. Una incidencia no
 * solucionada se escala a terceros (actividad 8); lo demás pasa a la conformidad (actividad 7).
 */
@Component
public class ResultadoAtencion {

  private final RegistroActividades registro;
  private final BitacoraTicket bitacora;

  public ResultadoAtencion(RegistroActividades registro, BitacoraTicket bitacora) {
    this.registro = registro;
    this.bitacora = bitacora;
  }

  /** "Sí: etiqueta; No: etiqueta" de los ítems del checklist que el formulario envió. */
  public static String checklist(DelegateTask tarea, String... variablesYEtiquetas) {
    StringBuilder texto = new StringBuilder();
    for (int i = 0; i + 1 < variablesYEtiquetas.length; i += 2) {
      Boolean marcado = LecturaVariables.booleano(tarea, variablesYEtiquetas[i]);
      if (marcado != null) {
        texto.append(texto.length() == 0 ? "" : "; ").append(marcado ? "Sí: " : "No: ").append(variablesYEtiquetas[i + 1]);
      }
    }
    return texto.toString();
  }

  /** Valida el resultado junto con los errores del checklist de la actividad y lo anota. */
  public void registrar(DelegateTask tarea, Errores erroresChecklist, String checklist) {
    Ticket ticket = registro.obtener(BitacoraTicket.codigo(tarea.getExecution()));
    boolean incidencia = ticket.tipo() == TipoTicket.INCIDENCIA;
    Boolean solucionado = Variables.SOLUCIONADO.leer(tarea);
    if (incidencia && solucionado == null) {
      erroresChecklist.agregar(Variables.SOLUCIONADO, "es obligatorio en una incidencia: indique si se solucionó");
    }
    erroresChecklist.siVacio(Variables.DETALLE_ATENCION, Variables.DETALLE_ATENCION.leer(tarea),
        "es obligatorio: describa la atención realizada");
    erroresChecklist.lanzarSiHay();

    boolean requiereTerceros = incidencia && !solucionado;
    boolean cambioEquipo = Variables.CAMBIO_EQUIPO.leer(tarea, false);
    Variables.REQUIERE_TERCEROS.escribir(tarea, requiereTerceros);
    Variables.CAMBIO_EQUIPO.escribir(tarea, cambioEquipo);
    if (!incidencia && solucionado == null) {
      Variables.SOLUCIONADO.escribir(tarea, true);
    }
    String resultado = requiereTerceros ? "Incidencia no solucionada: se escala a terceros"
        : (incidencia ? "Incidencia solucionada" : "Requerimiento atendido");
    bitacora.anotar(tarea, resultado + (cambioEquipo ? "; con cambio o asignación de equipo" : "")
        + ". " + Variables.DETALLE_ATENCION.leer(tarea)
        + (checklist.isEmpty() ? "" : " | Checklist: " + checklist));
  }
}
