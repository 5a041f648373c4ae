package pe.gob.osce.soporte.equipo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
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
 * Emite el informe de baja de equipos (actividad 20): número correlativo del año, PDF en la carpeta
 * "Bajas" junto a los demás documentos y una fila que lo une al equipo.
 */
@Component
public class InformesBaja {

  public static final String CARPETA = "Bajas";

  /** El informe emitido y dónde quedó su PDF. */
  public record InformeEmitido(String numero, String archivo, OffsetDateTime creadoEn) {}

  private final Correlativos correlativos;
  private final InformeBajaPdf pdf;
  private final AlmacenDocumentos almacen;
  private final RegistroEquipos equipos;
  private final JdbcTemplate jdbc;

  public InformesBaja(Correlativos correlativos, InformeBajaPdf pdf, AlmacenDocumentos almacen, RegistroEquipos equipos,
      JdbcTemplate jdbc) {
    this.correlativos = correlativos;
    this.pdf = pdf;
    this.almacen = almacen;
    this.equipos = equipos;
    this.jdbc = jdbc;
  }

  public InformeEmitido emitir(String codigo, MotivoBaja motivo, String sustento, String diagnostico, String elaboradoPor) {
    Equipo e = equipos.buscar(codigo).orElseThrow(
        () -> new IllegalStateException("El equipo " + codigo + " dejó de estar en el registro de equipos"));
    LocalDate hoy = Reloj.ahora().toLocalDate();
    String numero = String.format("%03d-%d", correlativos.siguiente("INFORME_BAJA", hoy.getYear()), hoy.getYear());
    byte[] contenido = pdf.generar(new InformeBaja(numero, hoy, elaboradoPor, sustento, List.of(new InformeBaja.Bien(
        e.codigoPatrimonial(), e.tipo().etiqueta(), e.marca(), e.modelo(), e.serie(), diagnostico, motivo.etiqueta()))));
    String archivo = "Informe-Baja-" + numero + "-" + e.codigoPatrimonial().replaceAll("[^A-Za-z0-9._-]", "-") + ".pdf";
    almacen.guardar(CARPETA, archivo, contenido);
    OffsetDateTime ahora = Reloj.ahora();
    jdbc.update("INSERT INTO informe_baja (numero, codigo_patrimonial, motivo, carpeta, archivo, elaborado_por, creado_en)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?)", numero, e.codigoPatrimonial(), motivo.name(), CARPETA, archivo, elaboradoPor, ahora);
    return new InformeEmitido(numero, archivo, ahora);
  }

  /** El último informe de baja del equipo. */
  public Optional<InformeEmitido> ultimo(String codigo) {
    return jdbc.query("SELECT numero, archivo, creado_en FROM informe_baja WHERE codigo_patrimonial = ?"
            + " ORDER BY creado_en DESC, numero DESC",
        (rs, i) -> new InformeEmitido(rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class)),
        RegistroEquipos.normalizar(codigo)).stream().findFirst();
  }

  public Optional<byte[]> pdf(InformeEmitido informe) {
    return almacen.leer(CARPETA, informe.archivo());
  }
}
