package pe.gob.osce.soporte.equipo;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import pe.gob.osce.soporte.comun.Reloj;
import pe.gob.osce.soporte.ticket.Servicio;

/**
 * Registro de equipos y de su alta, baja y traslado. Cada cambio de estado o de titular deja una
 * fila de movimiento; nada se borra.
 */
@Repository
public class RegistroEquipos {

  private final JdbcTemplate jdbc;

  public RegistroEquipos(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public static String normalizar(String codigo) {
    return codigo == null ? null : codigo.trim().toUpperCase(Locale.ROOT);
  }

  public boolean existe(String codigo) {
    return Boolean.TRUE.equals(jdbc.queryForObject(
        "SELECT COUNT(*) > 0 FROM equipo WHERE codigo_patrimonial = ?", Boolean.class, normalizar(codigo)));
  }

  /** Alta: el equipo entra al almacén de la UAST, o asignado si ya tiene titular. */
  public Equipo darDeAlta(NuevoEquipo nuevo, String usuario) {
    String titular = nuevo.titular() == null || nuevo.titular().isBlank() ? null : nuevo.titular().trim();
    EstadoEquipo estado = titular == null ? EstadoEquipo.EN_ALMACEN : EstadoEquipo.ASIGNADO;
    OffsetDateTime ahora = Reloj.ahora();
    String codigo = normalizar(nuevo.codigoPatrimonial());
    jdbc.update("INSERT INTO equipo (codigo_patrimonial, tipo, marca, modelo, serie, sede, titular, estado, registrado_en)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        codigo, nuevo.tipo(), nuevo.marca().trim(), nuevo.modelo().trim(), nuevo.serie().trim(), nuevo.sede().trim(),
        titular, estado.name(), ahora);
    anotar(codigo, null, estado, titular, "Alta en el registro de equipos", null, usuario);
    return buscar(codigo).orElseThrow();
  }

  public Optional<Equipo> buscar(String codigo) {
    return jdbc.query("SELECT * FROM equipo WHERE codigo_patrimonial = ?", this::leer, normalizar(codigo))
        .stream().findFirst();
  }

  public List<MovimientoEquipo> historia(String codigo) {
    return jdbc.query(
        "SELECT momento, usuario, estado_anterior, estado_nuevo, titular, motivo, codigo_ticket FROM equipo_movimiento"
            + " WHERE codigo_patrimonial = ? ORDER BY momento, id",
        (rs, i) -> new MovimientoEquipo(rs.getObject(1, OffsetDateTime.class), rs.getString(2),
            estado(rs.getString(3)), estado(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7)),
        normalizar(codigo));
  }

  /**
   * Bloquea la fila del equipo hasta el fin de la transacción: dos inicios a la vez del ciclo de
   * vida del mismo equipo se ordenan, y el segundo ve el proceso del primero.
   */
  public Optional<Equipo> bloquear(String codigo) {
    return jdbc.query("SELECT * FROM equipo WHERE codigo_patrimonial = ? FOR UPDATE", this::leer, normalizar(codigo))
        .stream().findFirst();
  }

  /** El último titular que tuvo el equipo (el actual, o el que lo devolvió). */
  public Optional<String> ultimoTitular(String codigo) {
    return jdbc.queryForList("SELECT titular FROM equipo_movimiento WHERE codigo_patrimonial = ? AND titular IS NOT NULL"
        + " ORDER BY momento DESC, id DESC", String.class, normalizar(codigo)).stream().findFirst();
  }

  /** Las filas del registro de alta, baja y traslado entre dos momentos, con los datos de cada equipo. */
  public List<FilaRegistroEquipos> movimientosEntre(OffsetDateTime desde, OffsetDateTime hasta) {
    return jdbc.query("SELECT m.momento, m.codigo_patrimonial, e.tipo, e.marca, e.modelo, e.serie, e.sede, m.usuario,"
            + " m.estado_anterior, m.estado_nuevo, m.titular, m.motivo, m.codigo_ticket FROM equipo_movimiento m"
            + " JOIN equipo e ON e.codigo_patrimonial = m.codigo_patrimonial"
            + " WHERE m.momento >= ? AND m.momento < ? ORDER BY m.momento, m.id",
        (rs, i) -> new FilaRegistroEquipos(rs.getObject(1, OffsetDateTime.class), rs.getString(2),
            Servicio.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
            new MovimientoEquipo(rs.getObject(1, OffsetDateTime.class), rs.getString(8), estado(rs.getString(9)),
                estado(rs.getString(10)), rs.getString(11), rs.getString(12), rs.getString(13))),
        desde, hasta);
  }

  /** Cambia estado y titular del equipo y deja la fila de movimiento en la misma transacción. */
  public void cambiar(String codigo, EstadoEquipo nuevo, String titular, String motivo, String ticket, String usuario) {
    Equipo equipo = buscar(codigo).orElseThrow(
        () -> new IllegalArgumentException("El equipo " + codigo + " no está en el registro de equipos"));
    jdbc.update("UPDATE equipo SET estado = ?, titular = ? WHERE codigo_patrimonial = ?",
        nuevo.name(), titular, equipo.codigoPatrimonial());
    anotar(equipo.codigoPatrimonial(), equipo.estado(), nuevo, titular, motivo, ticket, usuario);
  }

  private void anotar(String codigo, EstadoEquipo anterior, EstadoEquipo nuevo, String titular, String motivo,
      String ticket, String usuario) {
    jdbc.update("INSERT INTO equipo_movimiento (codigo_patrimonial, momento, usuario, estado_anterior, estado_nuevo,"
            + " titular, motivo, codigo_ticket) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        codigo, Reloj.ahora(), usuario, anterior == null ? null : anterior.name(), nuevo.name(), titular, motivo, ticket);
  }

  private Equipo leer(ResultSet rs, int fila) throws SQLException {
    return new Equipo(rs.getString("codigo_patrimonial"), Servicio.valueOf(rs.getString("tipo")), rs.getString("marca"),
        rs.getString("modelo"), rs.getString("serie"), rs.getString("sede"), rs.getString("titular"),
        EstadoEquipo.valueOf(rs.getString("estado")), rs.getObject("registrado_en", OffsetDateTime.class));
  }

  private static EstadoEquipo estado(String valor) {
    return valor == null ? null : EstadoEquipo.valueOf(valor);
  }
}
