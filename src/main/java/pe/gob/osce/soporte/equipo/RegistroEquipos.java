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
    return Boolean.TRUE.equals(
        jdbc.queryForObject(
            "SELECT COUNT(*) > 0 FROM equipo WHERE codigo_patrimonial = ?",
            Boolean.class,
            normalizar(codigo)));
  }

  /** Alta: el equipo entra al almacén de la UAST, o asignado si ya tiene titular. */
  public Equipo darDeAlta(NuevoEquipo nuevo, String usuario) {
    String titular =
        nuevo.titular() == null || nuevo.titular().isBlank() ? null : nuevo.titular().trim();
    EstadoEquipo estado = titular == null ? EstadoEquipo.EN_ALMACEN : EstadoEquipo.ASIGNADO;
    OffsetDateTime ahora = Reloj.ahora();
    String codigo = normalizar(nuevo.codigoPatrimonial());
    jdbc.update(
        "INSERT INTO equipo (codigo_patrimonial, tipo, marca, modelo, serie, sede, titular, estado, registrado_en)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        codigo,
        nuevo.tipo().trim(),
        nuevo.marca().trim(),
        nuevo.modelo().trim(),
        nuevo.serie().trim(),
        nuevo.sede().trim(),
        titular,
        estado.name(),
        ahora);
    anotar(
        codigo,
        null,
        estado,
        titular,
        "Alta en el registro de equipos",
        null,
        usuario,
        nuevo.sede().trim(),
        null);
    return buscar(codigo).orElseThrow();
  }

  public Optional<Equipo> buscar(String codigo) {
    return jdbc
        .query("SELECT * FROM equipo WHERE codigo_patrimonial = ?", this::leer, normalizar(codigo))
        .stream()
        .findFirst();
  }

  public List<MovimientoEquipo> historia(String codigo) {
    return jdbc.query(
        "SELECT momento, usuario, estado_anterior, estado_nuevo, titular, motivo, codigo_ticket, sede, sede_origen,"
            + " sede_destino FROM equipo_movimiento WHERE codigo_patrimonial = ? ORDER BY momento, id",
        (rs, i) -> movimiento(rs, 1),
        normalizar(codigo));
  }

  /** Los bienes que están en un estado, por código patrimonial. */
  public List<Equipo> enEstado(EstadoEquipo estado) {
    return jdbc.query(
        "SELECT * FROM equipo WHERE estado = ? ORDER BY codigo_patrimonial",
        this::leer,
        estado.name());
  }

  /**
   * Bloquea la fila del equipo hasta el fin de la transacción: dos inicios a la vez del ciclo de
   * vida del mismo equipo se ordenan, y el segundo ve el proceso del primero.
   */
  public Optional<Equipo> bloquear(String codigo) {
    return jdbc
        .query(
            "SELECT * FROM equipo WHERE codigo_patrimonial = ? FOR UPDATE",
            this::leer,
            normalizar(codigo))
        .stream()
        .findFirst();
  }

  /** El último titular que tuvo el equipo (el actual, o el que lo devolvió). */
  public Optional<String> ultimoTitular(String codigo) {
    return jdbc
        .queryForList(
            "SELECT titular FROM equipo_movimiento WHERE codigo_patrimonial = ? AND titular IS NOT NULL"
                + " ORDER BY momento DESC, id DESC",
            String.class,
            normalizar(codigo))
        .stream()
        .findFirst();
  }

  /**
   * Las filas del registro de alta, baja y traslado entre dos momentos, con los datos de cada
   * equipo y la sede que tenía en cada fila (no la de hoy).
   */
  public List<FilaRegistroEquipos> movimientosEntre(OffsetDateTime desde, OffsetDateTime hasta) {
    return jdbc.query(
        "SELECT m.momento, m.usuario, m.estado_anterior, m.estado_nuevo, m.titular, m.motivo,"
            + " m.codigo_ticket, COALESCE(m.sede, e.sede), m.sede_origen, m.sede_destino, m.codigo_patrimonial,"
            + " e.tipo, e.marca, e.modelo, e.serie FROM equipo_movimiento m"
            + " JOIN equipo e ON e.codigo_patrimonial = m.codigo_patrimonial"
            + " WHERE m.momento >= ? AND m.momento < ? ORDER BY m.momento, m.id",
        (rs, i) -> {
          MovimientoEquipo m = movimiento(rs, 1);
          return new FilaRegistroEquipos(
              m.momento(),
              rs.getString(11),
              TipoBien.valueOf(rs.getString(12)),
              rs.getString(13),
              rs.getString(14),
              rs.getString(15),
              m.sede(),
              m);
        },
        desde,
        hasta);
  }

  /** Cambia estado y titular del equipo y deja la fila de movimiento en la misma transacción. */
  public void cambiar(
      String codigo,
      EstadoEquipo nuevo,
      String titular,
      String motivo,
      String ticket,
      String usuario) {
    cambiar(codigo, nuevo, titular, motivo, ticket, usuario, null);
  }

  /** Como {@link #cambiar}, y con un traslado entre sedes el bien pasa a la sede de destino. */
  public void cambiar(
      String codigo,
      EstadoEquipo nuevo,
      String titular,
      String motivo,
      String ticket,
      String usuario,
      Traslado traslado) {
    Equipo equipo =
        buscar(codigo)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "El equipo " + codigo + " no está en el registro de equipos"));
    String sede = traslado == null ? equipo.sede() : traslado.destino();
    jdbc.update(
        "UPDATE equipo SET estado = ?, titular = ?, sede = ? WHERE codigo_patrimonial = ?",
        nuevo.name(),
        titular,
        sede,
        equipo.codigoPatrimonial());
    anotar(
        equipo.codigoPatrimonial(),
        equipo.estado(),
        nuevo,
        titular,
        motivo,
        ticket,
        usuario,
        sede,
        traslado);
  }

  private void anotar(
      String codigo,
      EstadoEquipo anterior,
      EstadoEquipo nuevo,
      String titular,
      String motivo,
      String ticket,
      String usuario,
      String sede,
      Traslado traslado) {
    jdbc.update(
        "INSERT INTO equipo_movimiento (codigo_patrimonial, momento, usuario, estado_anterior, estado_nuevo,"
            + " titular, motivo, codigo_ticket, sede, sede_origen, sede_destino) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        codigo,
        Reloj.ahora(),
        usuario,
        anterior == null ? null : anterior.name(),
        nuevo.name(),
        titular,
        motivo,
        ticket,
        sede,
        traslado == null ? null : traslado.origen(),
        traslado == null ? null : traslado.destino());
  }

  /**
   * Las columnas momento, usuario, estados, titular, motivo, ticket, sede, origen y destino desde
   * {@code desde}.
   */
  private static MovimientoEquipo movimiento(ResultSet rs, int desde) throws SQLException {
    return new MovimientoEquipo(
        rs.getObject(desde, OffsetDateTime.class),
        rs.getString(desde + 1),
        estado(rs.getString(desde + 2)),
        estado(rs.getString(desde + 3)),
        rs.getString(desde + 4),
        rs.getString(desde + 5),
        rs.getString(desde + 6),
        rs.getString(desde + 7),
        rs.getString(desde + 8),
        rs.getString(desde + 9));
  }

  private Equipo leer(ResultSet rs, int fila) throws SQLException {
    return new Equipo(
        rs.getString("codigo_patrimonial"),
        TipoBien.valueOf(rs.getString("tipo")),
        rs.getString("marca"),
        rs.getString("modelo"),
        rs.getString("serie"),
        rs.getString("sede"),
        rs.getString("titular"),
        EstadoEquipo.valueOf(rs.getString("estado")),
        rs.getObject("registrado_en", OffsetDateTime.class));
  }

  private static EstadoEquipo estado(String valor) {
    return valor == null ? null : EstadoEquipo.valueOf(valor);
  }
}
