package pe.gob.osce.soporte.documento;

import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import pe.gob.osce.soporte.comun.Reloj;

/** Qué documento de cada ticket está en qué carpeta: cargo, formato de traslado, cargo firmado. */
@Repository
public class RegistroDocumentos {

  /** Clases de documento. */
  public enum Clase {
    CARGO,
    TRASLADO,
    CARGO_FIRMADO,
    TRASLADO_FIRMADO,
    ADJUNTO_CORREO
  }

  /** Ubicación de un documento dentro del almacén de documentos. */
  public record Ubicacion(String carpeta, String archivo) {}

  private final JdbcTemplate jdbc;

  public RegistroDocumentos(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void anotar(String codigoTicket, Clase clase, String carpeta, String archivo) {
    jdbc.update(
        "INSERT INTO documento (codigo_ticket, clase, carpeta, archivo, creado_en) VALUES (?, ?, ?, ?, ?)",
        codigoTicket,
        clase.name(),
        carpeta,
        archivo,
        Reloj.ahora());
  }

  /** El último documento de esa clase del ticket. */
  public Optional<Ubicacion> buscar(String codigoTicket, Clase clase) {
    return jdbc
        .query(
            "SELECT carpeta, archivo FROM documento WHERE codigo_ticket = ? AND clase = ? ORDER BY id DESC",
            (rs, i) -> new Ubicacion(rs.getString(1), rs.getString(2)),
            codigoTicket,
            clase.name())
        .stream()
        .findFirst();
  }
}
