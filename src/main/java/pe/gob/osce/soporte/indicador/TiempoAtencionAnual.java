package pe.gob.osce.soporte.indicador;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * El indicador de la sección XI para un año, mes a mes (mes de registro). Todos los tiempos van en
 * segundos; "laborable" es sobre el horario de la unidad. La cifra de la sección XI ({@code
 * seccionXI}) toma todas las incidencias reportadas; las medias, medianas y percentiles de {@code
 * calendario} y {@code laborable} solo toman las cerradas.
 */
record TiempoAtencionAnual(
    int anio,
    String unidad,
    String zonaHoraria,
    String jornada,
    List<Mes> meses,
    Incidencias anual,
    Requerimientos requerimientosAnual,
    long abiertasFueraDeMetaTotal,
    List<AbiertaFueraDeMeta> abiertasFueraDeMeta,
    OffsetDateTime calculadoEn) {

  record Mes(int mes, String nombre, Incidencias incidencias, Requerimientos requerimientos) {}

  /**
   * {@code seccionXI} es la fórmula de la sección XI, la cifra principal: suma de los tiempos de
   * atención de las incidencias reportadas en el mes entre el número de reportadas, donde la que
   * seguía abierta al corte cuenta su tiempo hasta el corte. {@code calendario} y {@code laborable}
   * son las estadísticas de las cerradas (su media es la "media de las cerradas").
   */
  record Incidencias(
      long reportadas,
      long cerradas,
      long abiertasAlFinDeMes,
      long pendientes,
      SeccionXI seccionXI,
      Tiempos calendario,
      Tiempos laborable,
      long conMeta,
      long dentroDeMeta,
      Double porcentajeDentroDeMeta,
      Proveedor proveedor,
      List<Grupo> porCategoria,
      List<Grupo> porTecnico,
      List<Grupo> porCanal) {}

  record Requerimientos(
      long reportados,
      long cerrados,
      long abiertosAlFinDeMes,
      Tiempos calendario,
      Tiempos laborable) {}

  /**
   * La fórmula de la sección XI en segundos, en calendario y en horas laborables; nulos si en el
   * periodo no se reportó ninguna incidencia.
   */
  record SeccionXI(Long calendario, Long laborable) {}

  /** Suma y estadísticos; los tres últimos son nulos si no hay cerradas. */
  record Tiempos(long suma, Long media, Long mediana, Long p90) {}

  /**
   * La espera del proveedor (actividad 8 hasta el fin de la ventana) y el tiempo propio de la
   * unidad.
   */
  record Proveedor(
      long incidencias,
      long sumaCalendario,
      long sumaLaborable,
      long sumaPropiaLaborable,
      Long mediaPropiaLaborable) {}

  record Grupo(
      String clave,
      String etiqueta,
      long cerradas,
      long sumaCalendario,
      Long mediaCalendario,
      long sumaLaborable,
      Long mediaLaborable,
      Double porcentajeDentroDeMeta) {}

  record AbiertaFueraDeMeta(
      String codigo,
      String processInstanceId,
      String categoria,
      String servicio,
      String tecnico,
      OffsetDateTime registradoEn,
      long transcurridoLaborable,
      long meta) {}
}
