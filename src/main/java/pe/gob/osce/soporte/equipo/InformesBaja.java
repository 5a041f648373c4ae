package pe.gob.osce.soporte.equipo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.Correlativos;
import pe.gob.osce.soporte.comun.Reloj;
import pe.gob.osce.soporte.documento.AlmacenDocumentos;
import pe.gob.osce.soporte.documento.InformeBaja;
import pe.gob.osce.soporte.documento.InformeBajaPdf;

/**
 * Informes de baja de bienes (proceso bajaBienes, actividades 20-22): número correlativo del año
 * ({@code IB-2026-001}), los bienes que lista cada uno y su PDF en la carpeta "Bajas".
 */
@Component
class InformesBaja {

  public static final String CARPETA = "Bajas";

  /** El informe emitido y dónde quedó su PDF. */
  public record InformeEmitido(String numero, String archivo, OffsetDateTime creadoEn) {}

  /**
   * Un bien del informe con el motivo y el diagnóstico que dejó su ciclo de vida (actividades
   * 15-19).
   */
  public record BienInforme(String codigoPatrimonial, MotivoBaja motivo, String diagnostico) {}

  private final Correlativos correlativos;
  private final InformeBajaPdf pdf;
  private final AlmacenDocumentos almacen;
  private final RegistroEquipos equipos;
  private final JdbcTemplate jdbc;
  private final BajaBienesAdapter bajaBienes;

  InformesBaja(
      Correlativos correlativos,
      InformeBajaPdf pdf,
      AlmacenDocumentos almacen,
      RegistroEquipos equipos,
      JdbcTemplate jdbc,
      BajaBienesAdapter bajaBienes) {
    this.bajaBienes = bajaBienes;
    this.correlativos = correlativos;
    this.pdf = pdf;
    this.almacen = almacen;
    this.equipos = equipos;
    this.jdbc = jdbc;
  }

  /** El número del informe que se abre ahora: {@code IB-<año>-<3 dígitos>}. */
  public String nuevoNumero() {
    int anio = Reloj.ahora().getYear();
    return String.format("IB-%d-%03d", anio, correlativos.siguiente("INFORME_BAJA_BIENES", anio));
  }

  /** Anota los bienes del informe recién abierto, en la transacción que lo inicia. */
  public void incluir(String numero, List<BienInforme> bienes) {
    for (BienInforme b : bienes) {
      jdbc.update(
          "INSERT INTO informe_baja_bien (numero, codigo_patrimonial, motivo, diagnostico) VALUES (?, ?, ?, ?)",
          numero,
          b.codigoPatrimonial(),
          b.motivo() == null ? null : b.motivo().name(),
          b.diagnostico());
    }
  }

  public List<BienInforme> bienes(String numero) {
    return jdbc.query(
        "SELECT codigo_patrimonial, motivo, diagnostico FROM informe_baja_bien WHERE numero = ?"
            + " ORDER BY codigo_patrimonial",
        (rs, i) ->
            new BienInforme(
                rs.getString(1),
                MotivoBaja.deCodigo(rs.getString(2)).orElse(null),
                rs.getString(3)),
        numero);
  }

  /**
   * El informe en curso que lista el bien: aún no solicitó su baja a la OAD y su proceso sigue
   * abierto (uno cancelado en Cockpit ya no retiene el bien).
   */
  public Optional<String> enCurso(String codigo) {
    return jdbc
        .queryForList(
            "SELECT numero FROM informe_baja_bien WHERE codigo_patrimonial = ?"
                + " AND baja_solicitada_en IS NULL ORDER BY numero",
            String.class,
            RegistroEquipos.normalizar(codigo))
        .stream()
        .filter(bajaBienes::enCurso)
        .findFirst();
  }

  /** Actividad 20: un PDF con la relación de todos los bienes del informe. */
  public InformeEmitido emitir(String numero, String sustento, String elaboradoPor) {
    LocalDate hoy = Reloj.ahora().toLocalDate();
    List<InformeBaja.Bien> relacion = new ArrayList<>();
    for (BienInforme b : bienes(numero)) {
      Equipo e =
          equipos
              .buscar(b.codigoPatrimonial())
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "El bien "
                              + b.codigoPatrimonial()
                              + " dejó de estar en el registro de equipos"));
      relacion.add(
          new InformeBaja.Bien(
              e.codigoPatrimonial(),
              e.tipo().etiqueta(),
              e.marca(),
              e.modelo(),
              e.serie(),
              e.sede(),
              b.diagnostico(),
              b.motivo() == null ? "" : b.motivo().etiqueta()));
    }
    byte[] contenido = pdf.generar(new InformeBaja(numero, hoy, elaboradoPor, sustento, relacion));
    String archivo = "Informe-Baja-" + numero + ".pdf";
    almacen.guardar(CARPETA, archivo, contenido);
    OffsetDateTime ahora = Reloj.ahora();
    jdbc.update(
        "INSERT INTO informe_baja (numero, carpeta, archivo, elaborado_por, creado_en) VALUES (?, ?, ?, ?, ?)",
        numero,
        CARPETA,
        archivo,
        elaboradoPor,
        ahora);
    return new InformeEmitido(numero, archivo, ahora);
  }

  /** Actividad 22: la baja de los bienes del informe quedó solicitada a la OAD. */
  public void marcarBajaSolicitada(String numero) {
    jdbc.update(
        "UPDATE informe_baja_bien SET baja_solicitada_en = ? WHERE numero = ?",
        Reloj.ahora(),
        numero);
  }

  public Optional<InformeEmitido> buscar(String numero) {
    return jdbc
        .query(
            "SELECT numero, archivo, creado_en FROM informe_baja WHERE numero = ?",
            this::leer,
            numero == null ? null : numero.trim().toUpperCase(java.util.Locale.ROOT))
        .stream()
        .findFirst();
  }

  /** El último informe de baja emitido que lista el bien. */
  public Optional<InformeEmitido> ultimo(String codigo) {
    return jdbc
        .query(
            "SELECT i.numero, i.archivo, i.creado_en FROM informe_baja i"
                + " JOIN informe_baja_bien b ON b.numero = i.numero WHERE b.codigo_patrimonial = ?"
                + " ORDER BY i.creado_en DESC, i.numero DESC",
            this::leer,
            RegistroEquipos.normalizar(codigo))
        .stream()
        .findFirst();
  }

  public Optional<byte[]> pdf(InformeEmitido informe) {
    return almacen.leer(CARPETA, informe.archivo());
  }

  private InformeEmitido leer(java.sql.ResultSet rs, int fila) throws java.sql.SQLException {
    return new InformeEmitido(
        rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class));
  }
}
