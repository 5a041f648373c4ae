package pe.gob.osce.soporte.ticket;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import pe.gob.osce.soporte.catalogo.Canal;
import pe.gob.osce.soporte.catalogo.Servicio;
import pe.gob.osce.soporte.catalogo.TipoTicket;
import pe.gob.osce.soporte.comun.Reloj;
import pe.gob.osce.soporte.comun.Textos;

/**
 * El registro "Actividades de soporte" que el procedimiento llevaba a mano: una fila por ticket y
 * la historia de sus pasos. Escribe en la transacción del motor que lo llama.
 */
@Repository
public class RegistroActividades {

  private static final String COLUMNAS =
      "codigo, tipo, servicio, canal, solicitante, asunto, descripcion, codigo_patrimonial, tecnico,"
          + " modo_atencion, proveedor, estado, registrado_por, registrado_en, cerrado_en,"
          + " tiempo_atencion_seg, numero_cargo, cargo_derivado_en, process_instance_id, conformidad_en, conformidad_canal";

  private final JdbcTemplate jdbc;

  public RegistroActividades(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void registrar(Ticket t) {
    jdbc.update(
        "INSERT INTO ticket (codigo, tipo, servicio, categoria, canal, solicitante, asunto, descripcion,"
            + " codigo_patrimonial, estado, registrado_por, registrado_en, process_instance_id)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        t.codigo(),
        t.tipo().name(),
        t.servicio().name(),
        t.servicio().categoria().name(),
        t.canal().name(),
        t.solicitante(),
        t.asunto(),
        t.descripcion(),
        t.codigoPatrimonial(),
        t.estado().name(),
        t.registradoPor(),
        t.registradoEn(),
        t.processInstanceId());
  }

  public Optional<Ticket> buscar(String codigo) {
    return jdbc
        .query("SELECT " + COLUMNAS + " FROM ticket WHERE codigo = ?", this::leer, codigo)
        .stream()
        .findFirst();
  }

  /** El ticket que el proceso atiende; si falta, el proceso y el registro se desincronizaron. */
  public Ticket obtener(String codigo) {
    return buscar(codigo)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "El ticket " + codigo + " no está en el registro Actividades de soporte"));
  }

  /**
   * El código del ticket que registró esa instancia de proceso (vacío si aún no pasa por la
   * actividad 1).
   */
  public Optional<String> codigoDeProceso(String processInstanceId) {
    return jdbc
        .queryForList(
            "SELECT codigo FROM ticket WHERE process_instance_id = ?",
            String.class,
            processInstanceId)
        .stream()
        .findFirst();
  }

  /** Los tickets registrados entre dos momentos (el segundo excluido), en orden de registro. */
  public List<Ticket> registradosEntre(OffsetDateTime desde, OffsetDateTime hasta) {
    return jdbc.query(
        "SELECT "
            + COLUMNAS
            + " FROM ticket WHERE registrado_en >= ? AND registrado_en < ?"
            + " ORDER BY registrado_en, codigo",
        this::leer,
        desde,
        hasta);
  }

  public List<PasoTicket> pasos(String codigo) {
    return jdbc.query(
        "SELECT actividad, nombre, usuario, momento, detalle FROM ticket_paso WHERE codigo_ticket = ? ORDER BY momento, id",
        (rs, i) ->
            new PasoTicket(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getObject(4, OffsetDateTime.class),
                rs.getString(5)),
        codigo);
  }

  public void registrarPaso(
      String codigo, String actividad, String nombre, String usuario, String detalle) {
    jdbc.update(
        "INSERT INTO ticket_paso (codigo_ticket, actividad, nombre, usuario, momento, detalle) VALUES (?, ?, ?, ?, ?, ?)",
        codigo,
        actividad,
        nombre == null ? actividad : nombre,
        usuario,
        Reloj.ahora(),
        Textos.recortar(detalle, 4000));
  }

  public void cambiarEstado(String codigo, EstadoTicket estado) {
    jdbc.update("UPDATE ticket SET estado = ? WHERE codigo = ?", estado.name(), codigo);
  }

  public void asignarTecnico(String codigo, String tecnico) {
    jdbc.update(
        "UPDATE ticket SET tecnico = ?, estado = ? WHERE codigo = ?",
        tecnico,
        EstadoTicket.ASIGNADO.name(),
        codigo);
  }

  public void registrarModo(String codigo, ModoAtencion modo) {
    jdbc.update(
        "UPDATE ticket SET modo_atencion = ?, estado = ? WHERE codigo = ?",
        modo.name(),
        EstadoTicket.EN_ATENCION.name(),
        codigo);
  }

  public void registrarProveedor(String codigo, String proveedor) {
    jdbc.update(
        "UPDATE ticket SET proveedor = ?, estado = ? WHERE codigo = ?",
        proveedor,
        EstadoTicket.ESCALADO_PROVEEDOR.name(),
        codigo);
  }

  public void registrarCargo(String codigo, String numeroCargo) {
    jdbc.update(
        "UPDATE ticket SET numero_cargo = ?, estado = ? WHERE codigo = ?",
        numeroCargo,
        EstadoTicket.CARGO_EN_FIRMA.name(),
        codigo);
  }

  /** Cierre (actividad 12): hora de cierre y tiempo de atención desde el registro (actividad 1). */
  public Duration cerrar(String codigo, OffsetDateTime cerradoEn) {
    Ticket ticket = obtener(codigo);
    Duration atencion = Duration.between(ticket.registradoEn(), cerradoEn);
    jdbc.update(
        "UPDATE ticket SET cerrado_en = ?, tiempo_atencion_seg = ?, estado = ? WHERE codigo = ?",
        cerradoEn,
        atencion.toSeconds(),
        EstadoTicket.CERRADO.name(),
        codigo);
    return atencion;
  }

  /**
   * La conformidad del/de la usuario/a con la atención (actividades 7 y 9): cuándo y por qué canal.
   */
  public void registrarConformidad(String codigo, OffsetDateTime momento, String canal) {
    jdbc.update(
        "UPDATE ticket SET conformidad_en = ?, conformidad_canal = ? WHERE codigo = ?",
        momento,
        canal,
        codigo);
  }

  public void marcarDerivado(String codigo, OffsetDateTime momento) {
    jdbc.update("UPDATE ticket SET cargo_derivado_en = ? WHERE codigo = ?", momento, codigo);
  }

  private Ticket leer(ResultSet rs, int fila) throws SQLException {
    String modo = rs.getString("modo_atencion");
    long segundos = rs.getLong("tiempo_atencion_seg");
    Long tiempo = rs.wasNull() ? null : segundos;
    return Ticket.delRegistro(
        rs.getString("codigo"),
        TipoTicket.valueOf(rs.getString("tipo")),
        Servicio.valueOf(rs.getString("servicio")),
        Canal.valueOf(rs.getString("canal")),
        new Ticket.Pedido(
            rs.getString("solicitante"),
            rs.getString("asunto"),
            rs.getString("descripcion"),
            rs.getString("codigo_patrimonial")),
        new Ticket.Atencion(
            rs.getString("tecnico"),
            modo == null ? null : ModoAtencion.valueOf(modo),
            rs.getString("proveedor"),
            EstadoTicket.valueOf(rs.getString("estado"))),
        rs.getString("registrado_por"),
        rs.getObject("registrado_en", OffsetDateTime.class),
        rs.getString("process_instance_id"),
        new Ticket.Seguimiento(
            rs.getObject("cerrado_en", OffsetDateTime.class),
            tiempo,
            rs.getString("numero_cargo"),
            rs.getObject("cargo_derivado_en", OffsetDateTime.class),
            rs.getObject("conformidad_en", OffsetDateTime.class),
            rs.getString("conformidad_canal")));
  }
}
