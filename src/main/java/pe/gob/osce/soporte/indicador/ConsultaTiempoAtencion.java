package pe.gob.osce.soporte.indicador;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Elementos;

/**
 * Las lecturas del indicador sobre el registro "Actividades de soporte": las filas de un año,
 * leídas de a una (nunca la lista entera en memoria), y las esperas del proveedor de esos tickets.
 * Los índices de {@code V4__indicador.sql} las sostienen.
 */
@Repository
class ConsultaTiempoAtencion {

  private static final String FILAS =
      "SELECT codigo, tipo, servicio, categoria, canal, tecnico, registrado_en, cerrado_en, process_instance_id"
          + " FROM ticket WHERE registrado_en >= ? AND registrado_en < ?";

  /**
   * Los pasos que abren y cierran la espera del proveedor desde el inicio del año, en orden por
   * ticket: se emparejan al leerlos (una subconsulta correlacionada por cada actividad 8, o unirlos
   * con {@code ticket}, tarda segundos en H2 con 100 000 tickets). Los de tickets de otros años o
   * de requerimientos se leen pero el cálculo no los usa: solo busca las esperas de sus
   * incidencias.
   */
  private static final String PASOS_PROVEEDOR =
      "SELECT codigo_ticket, actividad, momento FROM ticket_paso WHERE actividad IN (?, ?, ?) AND momento >= ?"
          + " ORDER BY codigo_ticket, momento, id";

  private final JdbcTemplate jdbc;

  ConsultaTiempoAtencion(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void recorrer(Instant desde, Instant hasta, Consumer<FilaTicket> destino) {
    jdbc.query(
        con -> {
          var sentencia =
              con.prepareStatement(FILAS, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
          sentencia.setFetchSize(1000);
          sentencia.setObject(1, OffsetDateTime.ofInstant(desde, ZoneOffset.UTC));
          sentencia.setObject(2, OffsetDateTime.ofInstant(hasta, ZoneOffset.UTC));
          return sentencia;
        },
        rs -> {
          destino.accept(
              new FilaTicket(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6),
                  instante(rs, 7),
                  instante(rs, 8),
                  rs.getString(9)));
        });
  }

  /**
   * Cada actividad 8 hasta el primer fin de ventana o error reportado que la sigue; si el ticket
   * vuelve a la 8 tras un error, es otra espera del mismo ticket.
   */
  Map<String, List<EsperaProveedor>> esperasProveedor(Instant desde) {
    Map<String, List<EsperaProveedor>> esperas = new HashMap<>();
    String[] abierta = {null};
    Instant[] inicio = {null};
    jdbc.query(
        PASOS_PROVEEDOR,
        rs -> {
          String codigo = rs.getString(1);
          Instant momento = instante(rs, 3);
          if (abierta[0] != null
              && (!abierta[0].equals(codigo)
                  || Elementos.SOLICITAR_ATENCION_TERCEROS.equals(rs.getString(2)))) {
            // El ticket anterior quedó esperando, o vuelve a escalarse sin fin de ventana: la
            // espera sigue abierta.
            agregar(
                esperas,
                new EsperaProveedor(
                    abierta[0], inicio[0], abierta[0].equals(codigo) ? momento : null));
            abierta[0] = null;
          }
          if (Elementos.SOLICITAR_ATENCION_TERCEROS.equals(rs.getString(2))) {
            abierta[0] = codigo;
            inicio[0] = momento;
          } else if (abierta[0] != null) {
            agregar(esperas, new EsperaProveedor(codigo, inicio[0], momento));
            abierta[0] = null;
          }
        },
        Elementos.SOLICITAR_ATENCION_TERCEROS,
        Elementos.ESPERAR_24_HORAS,
        Elementos.ERROR_SERVICIO_PROVEEDOR,
        OffsetDateTime.ofInstant(desde, ZoneOffset.UTC));
    if (abierta[0] != null) {
      agregar(esperas, new EsperaProveedor(abierta[0], inicio[0], null));
    }
    return esperas;
  }

  private static void agregar(Map<String, List<EsperaProveedor>> esperas, EsperaProveedor e) {
    esperas.computeIfAbsent(e.codigoTicket(), k -> new ArrayList<>()).add(e);
  }

  /** Tickets abiertos por estado, para las métricas. */
  Map<String, Long> abiertosPorEstado(String estadoCerrado) {
    Map<String, Long> cuenta = new HashMap<>();
    jdbc.query(
        "SELECT estado, COUNT(*) FROM ticket WHERE estado <> ? GROUP BY estado",
        rs -> {
          cuenta.put(rs.getString(1), rs.getLong(2));
        },
        estadoCerrado);
    return cuenta;
  }

  private static Instant instante(ResultSet rs, int columna) throws SQLException {
    OffsetDateTime valor = rs.getObject(columna, OffsetDateTime.class);
    return valor == null ? null : valor.toInstant();
  }
}
