package pe.gob.osce.soporte.indicador;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pe.gob.osce.soporte.comun.Reloj;

/**
 * "Tiempo promedio de atención oportuna de incidencias" (sección XI del procedimiento) de un año:
 * lee el registro en una pasada y lo calcula con el horario y las metas de la unidad.
 */
@Service
class IndicadorTiempoAtencion {

  private final ConsultaTiempoAtencion consulta;
  private final MetasAtencion metas;
  private final CalendarioLaboral calendario;

  IndicadorTiempoAtencion(ConsultaTiempoAtencion consulta, MetasAtencion metas, IndicadorProperties propiedades) {
    this.consulta = consulta;
    this.metas = metas;
    this.calendario = propiedades.calendario();
  }

  CalendarioLaboral calendario() {
    return calendario;
  }

  /** El indicador de un año, con las metas evaluadas de nuevo para esta consulta. */
  @Transactional(readOnly = true)
  public TiempoAtencionAnual anual(int anio) {
    return anual(anio, metas.tabla());
  }

  @Transactional(readOnly = true)
  public TiempoAtencionAnual anual(int anio, MetasAtencion.Tabla tabla) {
    Instant desde = LocalDate.of(anio, 1, 1).atStartOfDay(calendario.zona()).toInstant();
    Instant hasta = LocalDate.of(anio + 1, 1, 1).atStartOfDay(calendario.zona()).toInstant();
    Map<String, List<EsperaProveedor>> esperas = consulta.esperasProveedor(desde);
    CalculoTiempoAtencion calculo =
        new CalculoTiempoAtencion(anio, calendario, tabla::segundos, esperas, Reloj.ahora().toInstant());
    consulta.recorrer(desde, hasta, calculo::agregar);
    return calculo.resultado();
  }
}
