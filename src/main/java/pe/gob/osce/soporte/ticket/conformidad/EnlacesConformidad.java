package pe.gob.osce.soporte.ticket.conformidad;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.Reloj;
import pe.gob.osce.soporte.ticket.SecretoFirmas;

/**
 * Los enlaces "Conforme con la atención" y "Reportar un problema" del correo de conformidad: se
 * usan sin iniciar sesión, así que cada uno va firmado con HMAC-SHA256 (id, acción y vencimiento),
 * vence y vale una sola vez. Los dos enlaces de un correo comparten una fila: usado uno, el otro ya
 * no vale.
 */
@Component
class EnlacesConformidad {

  static final String RUTA = "/conformidad/";

  /** Lo que pide el enlace. */
  public enum Accion {
    CONFORME,
    PROBLEMA
  }

  /** Qué resultó de revisar un enlace. */
  public enum Estado {
    VALIDO,
    FALSIFICADO,
    VENCIDO,
    USADO
  }

  /** Un enlace revisado; los datos solo están completos si es VALIDO o USADO. */
  public record Revision(
      Estado estado, String id, Accion accion, String codigoTicket, String actividad) {
    static Revision de(Estado estado) {
      return new Revision(estado, null, null, null, null);
    }
  }

  /** Las dos direcciones que lleva el correo. */
  public record Enlaces(String conforme, String problema) {}

  private final JdbcTemplate jdbc;
  private final ConformidadProperties propiedades;
  private final SecretoFirmas secreto;

  EnlacesConformidad(JdbcTemplate jdbc, ConformidadProperties propiedades, SecretoFirmas secreto) {
    this.jdbc = jdbc;
    this.propiedades = propiedades;
    this.secreto = secreto;
  }

  public Enlaces crear(String codigoTicket, String actividad) {
    String id = UUID.randomUUID().toString().replace("-", "");
    OffsetDateTime ahora = Reloj.ahora();
    OffsetDateTime expira = ahora.plus(propiedades.vigencia());
    jdbc.update(
        "INSERT INTO enlace_conformidad (id, codigo_ticket, actividad, creado_en, expira_en) VALUES (?, ?, ?, ?, ?)",
        id,
        codigoTicket,
        actividad,
        ahora,
        expira);
    String base = propiedades.urlPublica().replaceAll("/+$", "") + RUTA;
    return new Enlaces(
        base + token(id, Accion.CONFORME, expira), base + token(id, Accion.PROBLEMA, expira));
  }

  public Revision revisar(String token) {
    String[] partes = token == null ? new String[0] : token.split("\\.");
    if (partes.length != 4
        || !MessageDigest.isEqual(
            firma(partes[0] + "." + partes[1] + "." + partes[2])
                .getBytes(StandardCharsets.US_ASCII),
            partes[3].getBytes(StandardCharsets.US_ASCII))) {
      return Revision.de(Estado.FALSIFICADO);
    }
    Accion accion = Accion.valueOf(partes[1]);
    if (Reloj.ahora().toEpochSecond() > Long.parseLong(partes[2])) {
      return Revision.de(Estado.VENCIDO);
    }
    List<Revision> filas =
        jdbc.query(
            "SELECT codigo_ticket, actividad, usado_en FROM enlace_conformidad WHERE id = ?",
            (rs, i) ->
                new Revision(
                    rs.getObject(3) == null ? Estado.VALIDO : Estado.USADO,
                    partes[0],
                    accion,
                    rs.getString(1),
                    rs.getString(2)),
            partes[0]);
    return filas.isEmpty() ? Revision.de(Estado.FALSIFICADO) : filas.get(0);
  }

  /**
   * Marca el enlace como usado; false si otro pedido lo usó antes (la fila se toma una sola vez).
   */
  public boolean usar(Revision revision) {
    return jdbc.update(
            "UPDATE enlace_conformidad SET usado_en = ?, accion_usada = ? WHERE id = ? AND usado_en IS NULL",
            Reloj.ahora(),
            revision.accion().name(),
            revision.id())
        == 1;
  }

  private String token(String id, Accion accion, OffsetDateTime expira) {
    String datos = id + "." + accion.name() + "." + expira.toEpochSecond();
    return datos + "." + firma(datos);
  }

  private String firma(String datos) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(secreto.hmac(datos));
  }
}
