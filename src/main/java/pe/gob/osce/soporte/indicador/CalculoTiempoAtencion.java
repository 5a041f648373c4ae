package pe.gob.osce.soporte.indicador;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.BiFunction;
import pe.gob.osce.soporte.catalogo.Canal;
import pe.gob.osce.soporte.catalogo.Servicio;
import pe.gob.osce.soporte.indicador.TiempoAtencionAnual.AbiertaFueraDeMeta;
import pe.gob.osce.soporte.indicador.TiempoAtencionAnual.Mes;

/**
 * El cálculo del indicador en una sola pasada por las filas del año, sin Spring ni base de datos.
 * Cada ticket es una fila del registro: un ticket que vuelve a la actividad 8 tras un error del
 * proveedor sigue siendo uno solo, con sus esperas sumadas.
 */
final class CalculoTiempoAtencion {

  static final int MAXIMO_ABIERTAS_LISTADAS = 200;
  private static final Locale ES = Locale.forLanguageTag("es-PE");

  private final int anio;
  private final CalendarioLaboral calendario;
  private final BiFunction<String, String, OptionalLong> metas;
  private final Map<String, List<EsperaProveedor>> esperas;
  private final Instant ahora;
  private final Acumulador[] incidencias = new Acumulador[12];
  private final Acumulador[] requerimientos = new Acumulador[12];
  private final Acumulador incidenciasAnual = new Acumulador();
  private final Acumulador requerimientosAnual = new Acumulador();
  private final Instant[] cortes = new Instant[12];
  private final Instant corteAnual;
  private final List<AbiertaFueraDeMeta> fueraDeMeta = new ArrayList<>();
  private long fueraDeMetaTotal;

  CalculoTiempoAtencion(
      int anio,
      CalendarioLaboral calendario,
      BiFunction<String, String, OptionalLong> metas,
      Map<String, List<EsperaProveedor>> esperas,
      Instant ahora) {
    this.anio = anio;
    this.calendario = calendario;
    this.metas = metas;
    this.esperas = esperas;
    this.ahora = ahora;
    for (int m = 0; m < 12; m++) {
      incidencias[m] = new Acumulador();
      requerimientos[m] = new Acumulador();
      Instant finDeMes =
          YearMonth.of(anio, m + 1)
              .plusMonths(1)
              .atDay(1)
              .atStartOfDay(calendario.zona())
              .toInstant();
      cortes[m] = finDeMes.isBefore(ahora) ? finDeMes : ahora;
    }
    Instant finDeAnio =
        YearMonth.of(anio, 12).plusMonths(1).atDay(1).atStartOfDay(calendario.zona()).toInstant();
    corteAnual = finDeAnio.isBefore(ahora) ? finDeAnio : ahora;
  }

  void agregar(FilaTicket t) {
    int m = LocalDate.ofInstant(t.registradoEn(), calendario.zona()).getMonthValue() - 1;
    boolean incidencia = t.esIncidencia();
    Acumulador mes = incidencia ? incidencias[m] : requerimientos[m];
    Acumulador total = incidencia ? incidenciasAnual : requerimientosAnual;
    mes.reportadas++;
    total.reportadas++;
    boolean abiertaAlCorte = !t.cerrado() || !t.cerradoEn().isBefore(cortes[m]);
    if (abiertaAlCorte && t.registradoEn().isBefore(cortes[m])) {
      mes.abiertasAlFinDeMes++;
      total.abiertasAlFinDeMes++;
    }
    OptionalLong meta = metas.apply(t.categoria(), t.tipo());
    if (!t.cerrado()) {
      mes.pendientes++;
      total.pendientes++;
      if (incidencia) {
        sumarSeccionXI(t, cortes[m], mes, 0, 0);
        sumarSeccionXI(t, corteAnual, total, 0, 0);
        revisarMeta(t, meta);
      }
      return;
    }
    long segCalendario = Duration.between(t.registradoEn(), t.cerradoEn()).toSeconds();
    long segLaborable = calendario.segundosLaborables(t.registradoEn(), t.cerradoEn());
    Boolean dentro = meta.isPresent() ? segLaborable <= meta.getAsLong() : null;
    mes.cerrada(t, segCalendario, segLaborable, dentro);
    total.cerrada(t, segCalendario, segLaborable, dentro);
    if (incidencia) {
      sumarSeccionXI(t, cortes[m], mes, segCalendario, segLaborable);
      sumarSeccionXI(t, corteAnual, total, segCalendario, segLaborable);
      sumarEsperas(t, mes, total);
    }
  }

  /**
   * Sección XI: la incidencia cuenta su tiempo hasta el cierre ({@code segCalendario} y {@code
   * segLaborable}, ya calculados) o, si seguía abierta al corte del periodo (fin del mes o del año,
   * o ahora si aún no terminó), hasta el corte. Nunca queda fuera ni cuenta cero; abierta o cerrada
   * después del corte, cuenta lo mismo: estar abierta no mejora el periodo.
   */
  private void sumarSeccionXI(
      FilaTicket t, Instant corte, Acumulador acumulador, long segCalendario, long segLaborable) {
    if (t.cerrado() && t.cerradoEn().isBefore(corte)) {
      acumulador.seccionXI(segCalendario, segLaborable);
    } else if (corte.isAfter(t.registradoEn())) {
      acumulador.seccionXI(
          Duration.between(t.registradoEn(), corte).toSeconds(),
          calendario.segundosLaborables(t.registradoEn(), corte));
    }
  }

  private void sumarEsperas(FilaTicket t, Acumulador mes, Acumulador total) {
    List<EsperaProveedor> suyas = esperas.get(t.codigo());
    if (suyas == null) {
      return;
    }
    long cal = 0;
    long lab = 0;
    for (EsperaProveedor e : suyas) {
      Instant fin = e.fin() == null || e.fin().isAfter(t.cerradoEn()) ? t.cerradoEn() : e.fin();
      cal += Math.max(0, Duration.between(e.inicio(), fin).toSeconds());
      lab += calendario.segundosLaborables(e.inicio(), fin);
    }
    mes.proveedor(cal, lab);
    total.proveedor(cal, lab);
  }

  private void revisarMeta(FilaTicket t, OptionalLong meta) {
    long transcurrido = calendario.segundosLaborables(t.registradoEn(), ahora);
    if (meta.isEmpty() || transcurrido <= meta.getAsLong()) {
      return;
    }
    fueraDeMetaTotal++;
    fueraDeMeta.add(
        new AbiertaFueraDeMeta(
            t.codigo(),
            t.processInstanceId(),
            etiquetaCategoria(t.categoria()),
            Servicio.deCodigo(t.servicio()).map(Servicio::etiqueta).orElse(t.servicio()),
            t.tecnico(),
            lima(t.registradoEn()),
            transcurrido,
            meta.getAsLong()));
  }

  TiempoAtencionAnual resultado() {
    List<Mes> meses = new ArrayList<>();
    for (int m = 0; m < 12; m++) {
      String nombre = YearMonth.of(anio, m + 1).getMonth().getDisplayName(TextStyle.FULL, ES);
      meses.add(
          new Mes(
              m + 1,
              nombre,
              incidencias[m].incidencias(
                  CalculoTiempoAtencion::etiquetaCategoria,
                  CalculoTiempoAtencion::etiquetaTecnico,
                  CalculoTiempoAtencion::etiquetaCanal),
              requerimientos[m].requerimientos()));
    }
    List<AbiertaFueraDeMeta> listadas =
        fueraDeMeta.stream()
            .sorted(Comparator.comparingLong(AbiertaFueraDeMeta::transcurridoLaborable).reversed())
            .limit(MAXIMO_ABIERTAS_LISTADAS)
            .toList();
    return new TiempoAtencionAnual(
        anio,
        "segundos",
        calendario.zona().getId(),
        calendario.descripcion(),
        meses,
        incidenciasAnual.incidencias(
            CalculoTiempoAtencion::etiquetaCategoria,
            CalculoTiempoAtencion::etiquetaTecnico,
            CalculoTiempoAtencion::etiquetaCanal),
        requerimientosAnual.requerimientos(),
        fueraDeMetaTotal,
        listadas,
        lima(ahora));
  }

  private OffsetDateTime lima(Instant instante) {
    return instante.atZone(calendario.zona()).toOffsetDateTime();
  }

  static String etiquetaCategoria(String clave) {
    try {
      return Servicio.Categoria.valueOf(clave).etiqueta();
    } catch (IllegalArgumentException e) {
      return clave;
    }
  }

  static String etiquetaCanal(String clave) {
    try {
      return Canal.valueOf(clave).etiqueta();
    } catch (IllegalArgumentException e) {
      return clave;
    }
  }

  static String etiquetaTecnico(String clave) {
    return clave.isEmpty() ? "(sin técnico asignado)" : clave;
  }
}
