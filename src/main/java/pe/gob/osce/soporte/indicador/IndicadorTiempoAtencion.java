package pe.gob.osce.soporte.indicador;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
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
  private final TransactionTemplate lectura;

  IndicadorTiempoAtencion(
      ConsultaTiempoAtencion consulta,
      MetasAtencion metas,
      IndicadorProperties propiedades,
      PlatformTransactionManager transacciones) {
    this.consulta = consulta;
    this.metas = metas;
    this.calendario = propiedades.calendario();
    // Solo lectura: las dos lecturas ven el mismo registro y PostgreSQL entrega las filas de a
    // poco.
    this.lectura = new TransactionTemplate(transacciones);
    this.lectura.setReadOnly(true);
  }

  CalendarioLaboral calendario() {
    return calendario;
  }

  /**
   * El indicador de un año, con las metas evaluadas de nuevo para esta consulta: antes de abrir la
   * transacción de solo lectura, porque evaluar la tabla de decisión escribe historia (ver {@link
   * MetasAtencion}).
   */
  public TiempoAtencionAnual anual(int anio) {
    return anual(anio, metas.tabla());
  }

  /** El indicador de un año con metas ya evaluadas, leído en una transacción de solo lectura. */
  public TiempoAtencionAnual anual(int anio, MetasAtencion.Tabla tabla) {
    return lectura.execute(estado -> calcular(anio, tabla));
  }

  private TiempoAtencionAnual calcular(int anio, MetasAtencion.Tabla tabla) {
    Instant desde = LocalDate.of(anio, 1, 1).atStartOfDay(calendario.zona()).toInstant();
    Instant hasta = LocalDate.of(anio + 1, 1, 1).atStartOfDay(calendario.zona()).toInstant();
    Map<String, List<EsperaProveedor>> esperas = consulta.esperasProveedor(desde);
    CalculoTiempoAtencion calculo =
        new CalculoTiempoAtencion(
            anio, calendario, tabla::segundos, esperas, Reloj.ahora().toInstant());
    consulta.recorrer(desde, hasta, calculo::agregar);
    return calculo.resultado();
  }
}
