package pe.gob.osce.soporte.indicador;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.Reloj;
import pe.gob.osce.soporte.ticket.EstadoTicket;

/**
 * Métricas de Prometheus ({@code /actuator/prometheus}): tickets abiertos por estado y el indicador
 * del mes y del año en curso ({@code soporte_indicador_tiempo_atencion_promedio_seconds}, la
 * fórmula de la sección XI, y al lado {@code
 * soporte_indicador_tiempo_atencion_media_cerradas_seconds}). Se calculan al leerlas, como mucho
 * una vez por {@code soporte.indicador.metricas-vigencia}, para que un scrape frecuente no recorra
 * el registro cada vez.
 */
@Component
class MetricasSoporte {

  /**
   * Cada evaluación de la tabla de metas queda en la historia de decisiones de Camunda: las
   * métricas reusan sus metas 10 minutos en vez de evaluarlas en cada recálculo.
   */
  private static final long VIGENCIA_METAS_NANOS = Duration.ofMinutes(10).toNanos();

  /** La cifra principal: la fórmula de la sección XI. */
  static final String PROMEDIO = "soporte.indicador.tiempo.atencion.promedio";

  /** Al lado, rotulada como tal: la media de las incidencias cerradas. */
  static final String MEDIA_CERRADAS = "soporte.indicador.tiempo.atencion.media.cerradas";

  private final ConsultaTiempoAtencion consulta;
  private final IndicadorTiempoAtencion indicador;
  private final MetasAtencion metas;
  private final long vigenciaNanos;
  private Foto foto;
  private MetasAtencion.Tabla tabla;
  private long tablaTomadaEn;

  private record Foto(
      long tomadaEn, Map<String, Long> abiertos, TiempoAtencionAnual anual, int mes) {}

  MetricasSoporte(
      ConsultaTiempoAtencion consulta,
      IndicadorTiempoAtencion indicador,
      MetasAtencion metas,
      MeterRegistry registro,
      @Value("${soporte.indicador.metricas-vigencia:PT30S}") Duration vigencia) {
    this.consulta = consulta;
    this.indicador = indicador;
    this.metas = metas;
    this.vigenciaNanos = vigencia.toNanos();
    for (EstadoTicket estado : EstadoTicket.values()) {
      if (estado != EstadoTicket.CERRADO) {
        Gauge.builder(
                "soporte.tickets.abiertos",
                this,
                m -> m.foto().abiertos().getOrDefault(estado.name(), 0L))
            .description("Tickets del registro Actividades de soporte aún no cerrados, por estado")
            .tag("estado", estado.name())
            .register(registro);
      }
    }
    promedio(
        registro, PROMEDIO, "mes", "calendario", f -> segundos(mes(f).seccionXI().calendario()));
    promedio(registro, PROMEDIO, "mes", "laborable", f -> segundos(mes(f).seccionXI().laborable()));
    promedio(
        registro,
        PROMEDIO,
        "anio",
        "calendario",
        f -> segundos(f.anual().anual().seccionXI().calendario()));
    promedio(
        registro,
        PROMEDIO,
        "anio",
        "laborable",
        f -> segundos(f.anual().anual().seccionXI().laborable()));
    promedio(
        registro, MEDIA_CERRADAS, "mes", "calendario", f -> segundos(mes(f).calendario().media()));
    promedio(
        registro, MEDIA_CERRADAS, "mes", "laborable", f -> segundos(mes(f).laborable().media()));
    promedio(
        registro,
        MEDIA_CERRADAS,
        "anio",
        "calendario",
        f -> segundos(f.anual().anual().calendario().media()));
    promedio(
        registro,
        MEDIA_CERRADAS,
        "anio",
        "laborable",
        f -> segundos(f.anual().anual().laborable().media()));
    gauge(
        registro,
        "soporte.indicador.dentro.meta",
        "mes",
        "Parte de las incidencias cerradas dentro de su meta (0 a 1)",
        f -> fraccion(mes(f).porcentajeDentroDeMeta()));
    gauge(
        registro,
        "soporte.indicador.dentro.meta",
        "anio",
        "Parte de las incidencias cerradas dentro de su meta (0 a 1)",
        f -> fraccion(f.anual().anual().porcentajeDentroDeMeta()));
    Gauge.builder(
            "soporte.incidencias.abiertas.fuera.meta",
            this,
            m -> m.foto().anual().abiertasFueraDeMetaTotal())
        .description("Incidencias del año aún abiertas que ya pasaron su meta de atención")
        .register(registro);
  }

  /** Vuelve a leer el registro y las metas en la próxima lectura de las métricas. */
  synchronized void refrescar() {
    foto = null;
    tabla = null;
  }

  private void promedio(
      MeterRegistry registro,
      String nombre,
      String periodo,
      String medida,
      ToDoubleFunction<Foto> valor) {
    Gauge.builder(nombre, this, m -> valor.applyAsDouble(m.foto()))
        .description(
            nombre.equals(PROMEDIO)
                ? "Tiempo promedio de atención de incidencias (sección XI: reportadas; la abierta cuenta hasta el corte)"
                : "Media de las cerradas: tiempo de atención de las incidencias cerradas, por mes de registro")
        .baseUnit("seconds")
        .tags("periodo", periodo, "medida", medida)
        .register(registro);
  }

  private void gauge(
      MeterRegistry registro,
      String nombre,
      String periodo,
      String descripcion,
      ToDoubleFunction<Foto> valor) {
    Gauge.builder(nombre, this, m -> valor.applyAsDouble(m.foto()))
        .description(descripcion)
        .tag("periodo", periodo)
        .register(registro);
  }

  private static TiempoAtencionAnual.Incidencias mes(Foto f) {
    return f.anual().meses().get(f.mes() - 1).incidencias();
  }

  private static double segundos(Long valor) {
    return valor == null ? Double.NaN : valor;
  }

  private static double fraccion(Double porcentaje) {
    return porcentaje == null ? Double.NaN : porcentaje / 100.0;
  }

  /**
   * Sincronizado: dos scrapes a la vez calculan una sola vez, y la tabla de metas no se comparte
   * entre hilos.
   */
  private synchronized Foto foto() {
    long ahora = System.nanoTime();
    if (foto == null || ahora - foto.tomadaEn() > vigenciaNanos) {
      if (tabla == null || ahora - tablaTomadaEn > VIGENCIA_METAS_NANOS) {
        tabla = metas.tabla();
        tablaTomadaEn = ahora;
      }
      LocalDate hoy = Reloj.ahora().atZoneSameInstant(indicador.calendario().zona()).toLocalDate();
      foto =
          new Foto(
              ahora,
              consulta.abiertosPorEstado(EstadoTicket.CERRADO.name()),
              indicador.anual(hoy.getYear(), tabla),
              hoy.getMonthValue());
    }
    return foto;
  }
}
