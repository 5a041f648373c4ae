package pe.gob.osce.soporte.tasklist;

import java.util.Date;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.Textos;
import pe.gob.osce.soporte.equipo.BajaBienesProceso;
import pe.gob.osce.soporte.equipo.Equipo;
import pe.gob.osce.soporte.equipo.RegistroEquipos;
import pe.gob.osce.soporte.mantenimiento.MantenimientoEquiposProceso;
import pe.gob.osce.soporte.mantenimiento.TipoEquipo;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Variables;

/**
 * Al crear cualquier tarea de usuario: su nombre en la lista de Tasklist dice qué hay que hacer y
 * para qué ticket o equipo ("06 Atender presencialmente · SOP-2026-000042 · Impresora atasca
 * papel"), y vence según {@link TareasProperties}. La clave de la tarea no cambia.
 */
@Component
class NombrarTareaListener implements TaskListener {

  static final String SEPARADOR = " · ";
  private static final int LARGO_DETALLE = 60;

  private final RegistroEquipos equipos;
  private final TareasProperties tareas;

  NombrarTareaListener(RegistroEquipos equipos, TareasProperties tareas) {
    this.equipos = equipos;
    this.tareas = tareas;
  }

  @Override
  public void notify(DelegateTask tarea) {
    String codigo =
        tarea.getExecution() == null ? null : tarea.getExecution().getProcessBusinessKey();
    tarea.setName(nombre(tarea.getName(), codigo, detalle(tarea)));
    if (tarea.getDueDate() == null) {
      Date creada =
          tarea.getCreateTime() != null ? tarea.getCreateTime() : ClockUtil.getCurrentTime();
      tarea.setDueDate(
          Date.from(creada.toInstant().plus(tareas.plazo(tarea.getTaskDefinitionKey()))));
    }
  }

  static String nombre(String actividad, String codigo, String detalle) {
    return Stream.of(actividad, codigo, detalle)
        .filter(Objects::nonNull)
        .map(String::strip)
        .filter(parte -> !parte.isEmpty())
        .collect(Collectors.joining(SEPARADOR));
  }

  /**
   * El asunto del ticket; si no, los bienes del informe de baja; si no, el equipo del registro
   * (tipo, marca y modelo); si no, la clase del mantenimiento.
   */
  private String detalle(DelegateTask tarea) {
    String asunto = Variables.ASUNTO.leer(tarea);
    if (asunto != null) {
      return recortar(asunto);
    }
    String relacion = BajaBienesProceso.Variables.RELACION_BIENES.leer(tarea);
    if (relacion != null) {
      // Informe de baja (bajaBienes): la business key es su número; el detalle, cuántos bienes
      // lista.
      long bienes = relacion.lines().filter(l -> l.startsWith("- ")).count();
      return bienes == 1 ? "1 bien" : bienes + " bienes";
    }
    String codigoPatrimonial = Variables.CODIGO_PATRIMONIAL.leer(tarea);
    if (codigoPatrimonial != null) {
      return equipos.buscar(codigoPatrimonial).map(NombrarTareaListener::equipo).orElse(null);
    }
    String tipoEquipo = MantenimientoEquiposProceso.Variables.TIPO_EQUIPO.leerTexto(tarea);
    return tipoEquipo == null
        ? null
        : TipoEquipo.deCodigo(tipoEquipo)
            .map(t -> "Mantenimiento de " + t.etiqueta())
            .orElse(tipoEquipo);
  }

  static String equipo(Equipo equipo) {
    return recortar(String.join(" ", equipo.tipo().etiqueta(), equipo.marca(), equipo.modelo()));
  }

  private static String recortar(String texto) {
    String limpio = texto.strip().replaceAll("\\s+", " ");
    return Textos.recortar(limpio, LARGO_DETALLE);
  }
}
