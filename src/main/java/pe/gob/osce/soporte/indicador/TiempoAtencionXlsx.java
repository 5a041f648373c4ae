package pe.gob.osce.soporte.indicador;

import java.util.List;
import pe.gob.osce.soporte.documento.HojaCalculo;
import pe.gob.osce.soporte.indicador.TiempoAtencionAnual.AbiertaFueraDeMeta;
import pe.gob.osce.soporte.indicador.TiempoAtencionAnual.Grupo;
import pe.gob.osce.soporte.indicador.TiempoAtencionAnual.Incidencias;
import pe.gob.osce.soporte.indicador.TiempoAtencionAnual.Mes;
import pe.gob.osce.soporte.indicador.TiempoAtencionAnual.Requerimientos;

/**
 * El indicador como libro .xlsx para el informe mensual: en horas, con las mismas cifras que el
 * JSON. La cifra principal es la de la sección XI; la media de las cerradas va al lado, rotulada
 * como tal.
 */
final class TiempoAtencionXlsx {

  static final String HOJA_MENSUAL = "Indicador mensual";

  private TiempoAtencionXlsx() {}

  static byte[] escribir(TiempoAtencionAnual a) {
    String subtitulo =
        "Año "
            + a.anio()
            + ". Tiempos en horas; laborables: "
            + a.jornada()
            + ". Sección XI:"
            + " suma de los tiempos de las incidencias reportadas / reportadas (la abierta al corte cuenta hasta el"
            + " corte); al lado, la media de las cerradas.";
    HojaCalculo libro =
        new HojaCalculo()
            .hoja(
                HOJA_MENSUAL,
                subtitulo,
                List.of(
                    "Mes",
                    "Incidencias reportadas",
                    "Cerradas",
                    "Abiertas al fin de mes",
                    "Tiempo promedio sección XI (h)",
                    "Tiempo promedio sección XI laborable (h)",
                    "Suma de las cerradas (h)",
                    "Media de las cerradas (h)",
                    "Mediana (h)",
                    "Percentil 90 (h)",
                    "Suma laborable de las cerradas (h)",
                    "Media de las cerradas laborable (h)",
                    "Mediana laborable (h)",
                    "Percentil 90 laborable (h)",
                    "Dentro de meta (%)",
                    "Espera del proveedor (h laborables)",
                    "Promedio propio laborable (h)",
                    "Requerimientos reportados",
                    "Requerimientos cerrados",
                    "Promedio requerimientos (h)"));
    for (Mes m : a.meses()) {
      fila(libro, m.nombre(), m.incidencias(), m.requerimientos());
    }
    fila(libro, "Año " + a.anio(), a.anual(), a.requerimientosAnual());
    grupos(libro, "Por categoría", "Categoría", a, Incidencias::porCategoria);
    grupos(libro, "Por técnico", "Técnico", a, Incidencias::porTecnico);
    grupos(libro, "Por canal", "Canal", a, Incidencias::porCanal);
    libro.hoja(
        "Abiertas fuera de meta",
        a.abiertasFueraDeMetaTotal() + " incidencias abiertas pasaron su meta",
        List.of(
            "Código",
            "Registrado",
            "Categoría",
            "Servicio",
            "Técnico",
            "Transcurrido laborable (h)",
            "Meta (h)"));
    for (AbiertaFueraDeMeta f : a.abiertasFueraDeMeta()) {
      libro.fila(
          f.codigo(),
          f.registradoEn(),
          f.categoria(),
          f.servicio(),
          f.tecnico(),
          horas(f.transcurridoLaborable()),
          horas(f.meta()));
    }
    return libro.aBytes();
  }

  private static void fila(HojaCalculo libro, String mes, Incidencias i, Requerimientos r) {
    libro.fila(
        mes,
        i.reportadas(),
        i.cerradas(),
        i.abiertasAlFinDeMes(),
        horas(i.seccionXI().calendario()),
        horas(i.seccionXI().laborable()),
        horas(i.calendario().suma()),
        horas(i.calendario().media()),
        horas(i.calendario().mediana()),
        horas(i.calendario().p90()),
        horas(i.laborable().suma()),
        horas(i.laborable().media()),
        horas(i.laborable().mediana()),
        horas(i.laborable().p90()),
        i.porcentajeDentroDeMeta(),
        horas(i.proveedor().sumaLaborable()),
        horas(i.proveedor().mediaPropiaLaborable()),
        r.reportados(),
        r.cerrados(),
        horas(r.calendario().media()));
  }

  private static void grupos(
      HojaCalculo libro,
      String hoja,
      String nombre,
      TiempoAtencionAnual a,
      java.util.function.Function<Incidencias, List<Grupo>> grupos) {
    libro.hoja(
        hoja,
        "Incidencias cerradas, por mes de registro",
        List.of(
            "Mes",
            nombre,
            "Cerradas",
            "Tiempo promedio (h)",
            "Promedio laborable (h)",
            "Dentro de meta (%)"));
    for (Mes m : a.meses()) {
      for (Grupo g : grupos.apply(m.incidencias())) {
        libro.fila(
            m.nombre(),
            g.etiqueta(),
            g.cerradas(),
            horas(g.mediaCalendario()),
            horas(g.mediaLaborable()),
            g.porcentajeDentroDeMeta());
      }
    }
  }

  /** Segundos a horas con decimales; vacío si no hay dato. */
  static Double horas(Long segundos) {
    return segundos == null ? null : segundos / 3600.0;
  }

  static Double horas(long segundos) {
    return segundos / 3600.0;
  }
}
