package pe.gob.osce.soporte.mantenimiento;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.Plazos;
import pe.gob.osce.soporte.comun.Reloj;

/**
 * El plan de mantenimiento por clase de equipos: su ciclo (de la configuración), la próxima fecha
 * (el vencimiento del temporizador que lo iniciará) y el historial de mantenimientos.
 */
@Component
class PlanMantenimiento {

  /** El plan de una clase de equipos. */
  public record Plan(
      TipoEquipo tipoEquipo,
      String clase,
      String ciclo,
      OffsetDateTime proximaFecha,
      List<Mantenimiento> historial) {}

  private final ManagementService gestion;
  private final Plazos plazos;
  private final RegistroMantenimientos registro;

  PlanMantenimiento(ManagementService gestion, Plazos plazos, RegistroMantenimientos registro) {
    this.gestion = gestion;
    this.plazos = plazos;
    this.registro = registro;
  }

  public List<Plan> planes() {
    return Arrays.stream(TipoEquipo.values()).map(this::plan).toList();
  }

  public Plan plan(TipoEquipo tipo) {
    Job temporizador =
        gestion
            .createJobQuery()
            .processDefinitionKey(tipo.programacion())
            .timers()
            .orderByJobDuedate()
            .asc()
            .list()
            .stream()
            .findFirst()
            .orElse(null);
    String ciclo =
        tipo == TipoEquipo.CPU ? plazos.getMantenimientoCpu() : plazos.getMantenimientoImpresoras();
    // Sin permiso para ver el temporizador (o antes de desplegar), la fecha sale del mismo cron.
    OffsetDateTime proxima =
        temporizador != null && temporizador.getDuedate() != null
            ? temporizador.getDuedate().toInstant().atZone(Reloj.LIMA).toOffsetDateTime()
            : CronExpression.parse(ciclo)
                .next(Reloj.ahora().atZoneSameInstant(Reloj.LIMA))
                .toOffsetDateTime();
    return new Plan(tipo, tipo.etiqueta(), ciclo, proxima, registro.deTipo(tipo));
  }

  /** El plan en pocas líneas, para los formularios de las actividades 23-25. */
  public String resumen(TipoEquipo tipo) {
    Plan plan = plan(tipo);
    StringBuilder texto =
        new StringBuilder("**Clase de equipos:** ")
            .append(plan.clase())
            .append(" · **Ciclo (cron):** ")
            .append(plan.ciclo())
            .append(" · **Próximo mantenimiento programado:** ")
            .append(
                plan.proximaFecha() == null ? "sin programar" : plan.proximaFecha().toLocalDate())
            .append("\n\n")
            .append("**Mantenimientos anteriores:**\n\n");
    plan.historial().stream()
        .filter(m -> m.archivadoEn() != null)
        .limit(5)
        .forEach(
            m ->
                texto
                    .append("- ")
                    .append(m.codigo())
                    .append(" · ")
                    .append(m.proveedor())
                    .append(" · ejecutado el ")
                    .append(m.fechaEjecucion())
                    .append(" · ")
                    .append(m.resultado() == null ? "sin errores" : m.resultado())
                    .append('\n'));
    if (plan.historial().stream().noneMatch(m -> m.archivadoEn() != null)) {
      texto.append("- Ninguno archivado todavía.\n");
    }
    return texto.length() <= 3900
        ? texto.toString()
        : texto.substring(0, 3899) + "…"; // límite de texto de Camunda
  }
}
