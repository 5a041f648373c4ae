package pe.gob.osce.soporte.mantenimiento;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import pe.gob.osce.soporte.comun.Reloj;
import pe.gob.osce.soporte.comun.Variable;

/**
 * Registro de mantenimiento (actividades 23-25): una fila por mantenimiento con proveedor, medio de
 * coordinación, plan de trabajo, fechas, equipos atendidos y con errores, resultado de la
 * verificación y reporte archivado, y la historia de sus pasos. Nada se borra.
 */
@Repository
class RegistroMantenimientos {

  public static final String CARPETA_REPORTES = "Mantenimiento";

  private final JdbcTemplate jdbc;

  RegistroMantenimientos(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void registrar(String codigo, TipoEquipo tipo, String usuario, String processInstanceId) {
    jdbc.update(
        "INSERT INTO mantenimiento (codigo, tipo_equipo, estado, iniciado_por, iniciado_en, verificaciones,"
            + " process_instance_id) VALUES (?, ?, ?, ?, ?, 0, ?)",
        codigo,
        tipo.name(),
        "POR_COORDINAR",
        usuario,
        Reloj.ahora(),
        processInstanceId);
  }

  /** Actividad 23; {@code planTrabajo} es nulo si se conserva el plan archivado antes. */
  public void coordinado(
      String codigo,
      String proveedor,
      LocalDate fechaProgramada,
      MedioCoordinacion medio,
      String correoProveedor,
      String planTrabajo) {
    jdbc.update(
        "UPDATE mantenimiento SET proveedor = ?, fecha_programada = ?, medio_coordinacion = ?,"
            + " correo_proveedor = ?, plan_trabajo_archivo = COALESCE(?, plan_trabajo_archivo), estado = 'COORDINADO'"
            + " WHERE codigo = ?",
        proveedor,
        fechaProgramada,
        medio.name(),
        correoProveedor,
        planTrabajo,
        codigo);
  }

  public void ejecutado(String codigo, OffsetDateTime ejecutadoEn, List<String> equiposAtendidos) {
    jdbc.update(
        "UPDATE mantenimiento SET fecha_ejecucion = ?, ejecutado_en = ?, equipos_atendidos = ?,"
            + " equipos_con_errores = NULL, estado = 'EJECUTADO' WHERE codigo = ?",
        ejecutadoEn.atZoneSameInstant(Reloj.LIMA).toLocalDate(),
        ejecutadoEn,
        String.join(",", equiposAtendidos),
        codigo);
  }

  public void verificado(
      String codigo, boolean conErrores, String resultado, List<String> equiposConErrores) {
    jdbc.update(
        "UPDATE mantenimiento SET verificaciones = verificaciones + 1, resultado = ?, equipos_con_errores = ?,"
            + " estado = ? WHERE codigo = ?",
        resultado,
        equiposConErrores.isEmpty() ? null : String.join(",", equiposConErrores),
        conErrores ? "CON_ERRORES" : "VERIFICADO",
        codigo);
  }

  public void archivado(String codigo, String archivo) {
    jdbc.update(
        "UPDATE mantenimiento SET reporte_carpeta = ?, reporte_archivo = ?, archivado_en = ?, estado = 'ARCHIVADO'"
            + " WHERE codigo = ?",
        CARPETA_REPORTES,
        archivo,
        Reloj.ahora(),
        codigo);
  }

  public void anotar(String codigo, String actividad, String usuario, String detalle) {
    jdbc.update(
        "INSERT INTO mantenimiento_paso (codigo_mantenimiento, actividad, usuario, momento, detalle)"
            + " VALUES (?, ?, ?, ?, ?)",
        codigo,
        actividad,
        usuario,
        Reloj.ahora(),
        detalle);
  }

  public Optional<Mantenimiento> buscar(String codigo) {
    return jdbc.query("SELECT * FROM mantenimiento WHERE codigo = ?", this::leer, codigo).stream()
        .findFirst();
  }

  /** Los mantenimientos de una clase de equipos, del más reciente al más antiguo. */
  public List<Mantenimiento> deTipo(TipoEquipo tipo) {
    return jdbc.query(
        "SELECT * FROM mantenimiento WHERE tipo_equipo = ? ORDER BY iniciado_en DESC, codigo DESC",
        this::leer,
        tipo.name());
  }

  public List<PasoMantenimiento> pasos(String codigo) {
    return jdbc.query(
        "SELECT actividad, usuario, momento, detalle FROM mantenimiento_paso"
            + " WHERE codigo_mantenimiento = ? ORDER BY momento, id",
        (rs, i) ->
            new PasoMantenimiento(
                rs.getString(1),
                rs.getString(2),
                rs.getObject(3, OffsetDateTime.class),
                rs.getString(4)),
        codigo);
  }

  private Mantenimiento leer(ResultSet rs, int fila) throws SQLException {
    return new Mantenimiento(
        rs.getString("codigo"),
        TipoEquipo.valueOf(rs.getString("tipo_equipo")),
        rs.getString("estado"),
        rs.getString("iniciado_por"),
        rs.getObject("iniciado_en", OffsetDateTime.class),
        rs.getString("proveedor"),
        rs.getObject("fecha_programada", LocalDate.class),
        rs.getObject("fecha_ejecucion", LocalDate.class),
        rs.getInt("verificaciones"),
        rs.getString("resultado"),
        rs.getString("reporte_archivo"),
        rs.getObject("archivado_en", OffsetDateTime.class),
        MedioCoordinacion.deCodigo(rs.getString("medio_coordinacion")).orElse(null),
        rs.getString("correo_proveedor"),
        rs.getString("plan_trabajo_archivo"),
        rs.getObject("ejecutado_en", OffsetDateTime.class),
        Variable.separarCodigos(rs.getString("equipos_atendidos")),
        Variable.separarCodigos(rs.getString("equipos_con_errores")));
  }
}
