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
 * Las lecturas del indicador sobre el registro "Actividades de soporte": las filas de un año, leídas
 * de a una (nunca la lista entera en memoria), y las esperas del proveedor de esos tickets. Los
 * índices de {@code V4__indicador.sql} las sostienen.
 */
@Repository
class ConsultaTiempoAtencion {

  private static final String FILAS =
      "SELECT codigo, tipo, servicio, categoria, canal, tecnico, registrado_en, cerrado_en, process_instance_id"
          + " FROM ticket WHERE registrado_en >= ? AND registrado_en < ?";

  /** Cada actividad 8 con el primer fin de ventana (o error reportado) que la sigue. */
  private static final String ESPERAS =
      "SELECT p.codigo_ticket, p.momento, (SELECT MIN(f.momento) FROM ticket_paso f"
          + " WHERE f.codigo_ticket = p.codigo_ticket AND f.actividad IN (?, ?) AND f.momento >= p.momento)"
          + " FROM ticket_paso p JOIN ticket t ON t.codigo = p.codigo_ticket"
          + " WHERE p.actividad = ? AND t.tipo = ? AND t.registrado_en >= ? AND t.registrado_en < ?";

  private final JdbcTemplate jdbc;

  ConsultaTiempoAtencion(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void recorrer(Instant desde, Instant hasta, Consumer<FilaTicket> destino) {
    jdbc.query(con -> {
      var sentencia = con.prepareStatement(FILAS, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
      sentencia.setFetchSize(1000);
      sentencia.setObject(1, OffsetDateTime.ofInstant(desde, ZoneOffset.UTC));
      sentencia.setObject(2, OffsetDateTime.ofInstant(hasta, ZoneOffset.UTC));
      return sentencia;
    }, rs -> {
      destino.accept(new FilaTicket(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
          rs.getString(6), instante(rs, 7), instante(rs, 8), rs.getString(9)));
    });
  }

  Map<String, List<EsperaProveedor>> esperasProveedor(Instant desde, Instant hasta) {
    Map<String, List<EsperaProveedor>> esperas = new HashMap<>();
    jdbc.query(ESPERAS, rs -> {
      EsperaProveedor e = new EsperaProveedor(rs.getString(1), instante(rs, 2), instante(rs, 3));
      esperas.computeIfAbsent(e.codigoTicket(), k -> new ArrayList<>()).add(e);
    }, Elementos.ESPERAR_24_HORAS, Elementos.ERROR_SERVICIO_PROVEEDOR, Elementos.SOLICITAR_ATENCION_TERCEROS,
        FilaTicket.INCIDENCIA, OffsetDateTime.ofInstant(desde, ZoneOffset.UTC),
        OffsetDateTime.ofInstant(hasta, ZoneOffset.UTC));
    return esperas;
  }

  /** Tickets abiertos por estado, para las métricas. */
  Map<String, Long> abiertosPorEstado(String estadoCerrado) {
    Map<String, Long> cuenta = new HashMap<>();
    jdbc.query("SELECT estado, COUNT(*) FROM ticket WHERE estado <> ? GROUP BY estado",
        rs -> {
          cuenta.put(rs.getString(1), rs.getLong(2));
        }, estadoCerrado);
    return cuenta;
  }

  private static Instant instante(ResultSet rs, int columna) throws SQLException {
    OffsetDateTime valor = rs.getObject(columna, OffsetDateTime.class);
    return valor == null ? null : valor.toInstant();
  }
}
