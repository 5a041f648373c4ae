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
 * Métricas de Prometheus ({@code /actuator/prometheus}): tickets abiertos por estado y el indicador del
 * mes y del año en curso. Se calculan al leerlas, como mucho una vez por {@code soporte.indicador.metricas-vigencia},
 * para que un scrape frecuente no recorra el registro cada vez.
 */
@Component
class MetricasSoporte {

  private final ConsultaTiempoAtencion consulta;
  private final IndicadorTiempoAtencion indicador;
  private final long vigenciaNanos;
  private volatile Foto foto;

  private record Foto(long tomadaEn, Map<String, Long> abiertos, TiempoAtencionAnual anual, int mes) {}

  MetricasSoporte(ConsultaTiempoAtencion consulta, IndicadorTiempoAtencion indicador, MeterRegistry registro,
      @Value("${soporte.indicador.metricas-vigencia:PT30S}") Duration vigencia) {
    this.consulta = consulta;
    this.indicador = indicador;
    this.vigenciaNanos = vigencia.toNanos();
    for (EstadoTicket estado : EstadoTicket.values()) {
      if (estado != EstadoTicket.CERRADO) {
        Gauge.builder("soporte.tickets.abiertos", this, m -> m.foto().abiertos().getOrDefault(estado.name(), 0L))
            .description("Tickets del registro Actividades de soporte aún no cerrados, por estado")
            .tag("estado", estado.name())
            .register(registro);
      }
    }
    promedio(registro, "mes", "calendario", f -> segundos(mes(f).calendario().media()));
    promedio(registro, "mes", "laborable", f -> segundos(mes(f).laborable().media()));
    promedio(registro, "anio", "calendario", f -> segundos(f.anual().anual().calendario().media()));
    promedio(registro, "anio", "laborable", f -> segundos(f.anual().anual().laborable().media()));
    gauge(registro, "soporte.indicador.dentro.meta", "mes", "Parte de las incidencias cerradas dentro de su meta (0 a 1)",
        f -> fraccion(mes(f).porcentajeDentroDeMeta()));
    gauge(registro, "soporte.indicador.dentro.meta", "anio", "Parte de las incidencias cerradas dentro de su meta (0 a 1)",
        f -> fraccion(f.anual().anual().porcentajeDentroDeMeta()));
    Gauge.builder("soporte.incidencias.abiertas.fuera.meta", this, m -> m.foto().anual().abiertasFueraDeMetaTotal())
        .description("Incidencias del año aún abiertas que ya pasaron su meta de atención")
        .register(registro);
  }

  /** Vuelve a leer el registro en la próxima lectura de las métricas. */
  void refrescar() {
    foto = null;
  }

  private void promedio(MeterRegistry registro, String periodo, String medida, ToDoubleFunction<Foto> valor) {
    Gauge.builder("soporte.indicador.tiempo.atencion.promedio", this, m -> valor.applyAsDouble(m.foto()))
        .description("Tiempo promedio de atención de incidencias (sección XI), por mes de registro")
        .baseUnit("seconds")
        .tags("periodo", periodo, "medida", medida)
        .register(registro);
  }

  private void gauge(MeterRegistry registro, String nombre, String periodo, String descripcion,
      ToDoubleFunction<Foto> valor) {
    Gauge.builder(nombre, this, m -> valor.applyAsDouble(m.foto())).description(descripcion).tag("periodo", periodo)
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

  private Foto foto() {
    Foto actual = foto;
    if (actual == null || System.nanoTime() - actual.tomadaEn() > vigenciaNanos) {
      LocalDate hoy = Reloj.ahora().atZoneSameInstant(indicador.calendario().zona()).toLocalDate();
      actual = new Foto(System.nanoTime(), consulta.abiertosPorEstado(EstadoTicket.CERRADO.name()),
          indicador.anual(hoy.getYear()), hoy.getMonthValue());
      foto = actual;
    }
    return actual;
  }
}
