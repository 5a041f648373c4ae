package pe.gob.osce.soporte.indicador;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import pe.gob.osce.soporte.indicador.TiempoAtencionAnual.Grupo;
import pe.gob.osce.soporte.indicador.TiempoAtencionAnual.Incidencias;
import pe.gob.osce.soporte.indicador.TiempoAtencionAnual.Proveedor;
import pe.gob.osce.soporte.indicador.TiempoAtencionAnual.Requerimientos;
import pe.gob.osce.soporte.indicador.TiempoAtencionAnual.SeccionXI;
import pe.gob.osce.soporte.indicador.TiempoAtencionAnual.Tiempos;

/** Los tiempos de un mes (o del año) mientras se recorre el registro una sola vez. */
final class Acumulador {

  long reportadas;
  long abiertasAlFinDeMes;
  long pendientes;
  long conMeta;
  long dentroDeMeta;
  long conProveedor;
  long proveedorCalendario;
  long proveedorLaborable;
  long seccionXICalendario;
  long seccionXILaborable;
  private final Serie calendario = new Serie();
  private final Serie laborable = new Serie();
  private final Map<String, Suma> porCategoria = new TreeMap<>();
  private final Map<String, Suma> porTecnico = new TreeMap<>();
  private final Map<String, Suma> porCanal = new TreeMap<>();

  /** Una atención cerrada; {@code dentro} es nulo si su par categoría-tipo no tiene meta. */
  void cerrada(FilaTicket t, long segCalendario, long segLaborable, Boolean dentro) {
    calendario.agregar(segCalendario);
    laborable.agregar(segLaborable);
    if (dentro != null) {
      conMeta++;
      dentroDeMeta += dentro ? 1 : 0;
    }
    porCategoria
        .computeIfAbsent(t.categoria(), k -> new Suma())
        .agregar(segCalendario, segLaborable, dentro);
    porTecnico
        .computeIfAbsent(t.tecnico() == null ? "" : t.tecnico(), k -> new Suma())
        .agregar(segCalendario, segLaborable, dentro);
    porCanal
        .computeIfAbsent(t.canal(), k -> new Suma())
        .agregar(segCalendario, segLaborable, dentro);
  }

  /**
   * El tiempo de una incidencia reportada en el periodo, hasta su cierre o hasta el corte si seguía
   * abierta.
   */
  void seccionXI(long segCalendario, long segLaborable) {
    seccionXICalendario += segCalendario;
    seccionXILaborable += segLaborable;
  }

  void proveedor(long segCalendario, long segLaborable) {
    conProveedor++;
    proveedorCalendario += segCalendario;
    proveedorLaborable += segLaborable;
  }

  Incidencias incidencias(
      Function<String, String> categoria,
      Function<String, String> tecnico,
      Function<String, String> canal) {
    int n = calendario.cantidad;
    long propia = laborable.suma - proveedorLaborable;
    return new Incidencias(
        reportadas,
        n,
        abiertasAlFinDeMes,
        pendientes,
        new SeccionXI(
            media(seccionXICalendario, reportadas), media(seccionXILaborable, reportadas)),
        calendario.tiempos(),
        laborable.tiempos(),
        conMeta,
        dentroDeMeta,
        porcentaje(dentroDeMeta, conMeta),
        new Proveedor(
            conProveedor, proveedorCalendario, proveedorLaborable, propia, media(propia, n)),
        grupos(porCategoria, categoria),
        grupos(porTecnico, tecnico),
        grupos(porCanal, canal));
  }

  Requerimientos requerimientos() {
    return new Requerimientos(
        reportadas,
        calendario.cantidad,
        abiertasAlFinDeMes,
        calendario.tiempos(),
        laborable.tiempos());
  }

  private static List<Grupo> grupos(Map<String, Suma> sumas, Function<String, String> etiqueta) {
    return sumas.entrySet().stream()
        .map(e -> e.getValue().grupo(e.getKey(), etiqueta.apply(e.getKey())))
        .sorted(Comparator.comparing(Grupo::etiqueta))
        .toList();
  }

  static Long media(long suma, long cantidad) {
    return cantidad == 0 ? null : Math.round((double) suma / cantidad);
  }

  static Double porcentaje(long parte, long total) {
    return total == 0 ? null : Math.round(1000.0 * parte / total) / 10.0;
  }

  /** Todos los valores, para la mediana y el percentil 90. */
  private static final class Serie {
    private long[] valores = new long[16];
    private int cantidad;
    private long suma;

    void agregar(long v) {
      if (cantidad == valores.length) {
        valores = Arrays.copyOf(valores, cantidad * 2);
      }
      valores[cantidad++] = v;
      suma += v;
    }

    Tiempos tiempos() {
      if (cantidad == 0) {
        return new Tiempos(0, null, null, null);
      }
      long[] orden = Arrays.copyOf(valores, cantidad);
      Arrays.sort(orden);
      long mediana =
          cantidad % 2 == 1
              ? orden[cantidad / 2]
              : Math.round((orden[cantidad / 2 - 1] + orden[cantidad / 2]) / 2.0);
      // Percentil 90 por rango más cercano: el menor valor con al menos el 90 % de los casos a su
      // izquierda.
      long p90 = orden[(int) Math.ceil(0.9 * cantidad) - 1];
      return new Tiempos(suma, media(suma, cantidad), mediana, p90);
    }
  }

  /** Sumas por categoría, técnico o canal (sin mediana: basta la media). */
  private static final class Suma {
    private long cerradas;
    private long calendario;
    private long laborable;
    private long conMeta;
    private long dentro;

    void agregar(long segCalendario, long segLaborable, Boolean dentroDeMeta) {
      cerradas++;
      calendario += segCalendario;
      laborable += segLaborable;
      if (dentroDeMeta != null) {
        conMeta++;
        dentro += dentroDeMeta ? 1 : 0;
      }
    }

    Grupo grupo(String clave, String etiqueta) {
      return new Grupo(
          clave,
          etiqueta,
          cerradas,
          calendario,
          media(calendario, cerradas),
          laborable,
          media(laborable, cerradas),
          porcentaje(dentro, conMeta));
    }
  }
}
