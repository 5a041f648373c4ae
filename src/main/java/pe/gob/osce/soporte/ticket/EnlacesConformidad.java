package pe.gob.osce.soporte.ticket;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jakarta.annotation.PostConstruct;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import pe.gob.osce.soporte.comun.Reloj;

/**
 * Los enlaces "Conforme con la atención" y "Reportar un problema" del correo de conformidad: se usan
 * sin iniciar sesión, así que cada uno va firmado con HMAC-SHA256 (id, acción y vencimiento), vence y
 * vale una sola vez. Los dos enlaces de un correo comparten una fila: usado uno, el otro ya no vale.
 */
@Component
public class EnlacesConformidad {

  private static final Logger log = LoggerFactory.getLogger(EnlacesConformidad.class);
  static final String RUTA = "/conformidad/";
  private static final String SECRETO = "enlaces-conformidad";

  /** Lo que pide el enlace. */
  public enum Accion { CONFORME, PROBLEMA }

  /** Qué resultó de revisar un enlace. */
  public enum Estado { VALIDO, FALSIFICADO, VENCIDO, USADO }

  /** Un enlace revisado; los datos solo están completos si es VALIDO o USADO. */
  public record Revision(Estado estado, String id, Accion accion, String codigoTicket, String actividad) {
    static Revision de(Estado estado) {
      return new Revision(estado, null, null, null, null);
    }
  }

  /** Las dos direcciones que lleva el correo. */
  public record Enlaces(String conforme, String problema) {}

  private final JdbcTemplate jdbc;
  private final ConformidadProperties propiedades;
  private final TransactionTemplate propia;
  private volatile byte[] secreto;

  public EnlacesConformidad(JdbcTemplate jdbc, ConformidadProperties propiedades,
      PlatformTransactionManager transacciones) {
    this.jdbc = jdbc;
    this.propiedades = propiedades;
    this.propia = new TransactionTemplate(transacciones);
    this.propia.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Al iniciar, antes de que corra ningún job del motor: el secreto queda guardado y confirmado en su
   * propia transacción. Si no, el primer correo de conformidad lo generaría dentro de la transacción del
   * job, y una falla SMTP lo desharía después de haber firmado con él (issue 10).
   */
  @PostConstruct
  public void prepararSecreto() {
    secreto();
  }

  /**
   * Firma corta (32 caracteres hexadecimales) con el mismo secreto, para las referencias de los correos
   * que el servicio envía: quien responde citándola demuestra que recibió ese correo.
   */
  String firmaCorreo(String datos) {
    return HexFormat.of().formatHex(hmac("correo." + datos), 0, 16);
  }

  public Enlaces crear(String codigoTicket, String actividad) {
    String id = UUID.randomUUID().toString().replace("-", "");
    OffsetDateTime ahora = Reloj.ahora();
    OffsetDateTime expira = ahora.plus(propiedades.vigencia());
    jdbc.update("INSERT INTO enlace_conformidad (id, codigo_ticket, actividad, creado_en, expira_en) VALUES (?, ?, ?, ?, ?)",
        id, codigoTicket, actividad, ahora, expira);
    String base = propiedades.urlPublica().replaceAll("/+$", "") + RUTA;
    return new Enlaces(base + token(id, Accion.CONFORME, expira), base + token(id, Accion.PROBLEMA, expira));
  }

  public Revision revisar(String token) {
    String[] partes = token == null ? new String[0] : token.split("\\.");
    if (partes.length != 4 || !MessageDigest.isEqual(firma(partes[0] + "." + partes[1] + "." + partes[2])
        .getBytes(StandardCharsets.US_ASCII), partes[3].getBytes(StandardCharsets.US_ASCII))) {
      return Revision.de(Estado.FALSIFICADO);
    }
    Accion accion = Accion.valueOf(partes[1]);
    if (Reloj.ahora().toEpochSecond() > Long.parseLong(partes[2])) {
      return Revision.de(Estado.VENCIDO);
    }
    List<Revision> filas = jdbc.query("SELECT codigo_ticket, actividad, usado_en FROM enlace_conformidad WHERE id = ?",
        (rs, i) -> new Revision(rs.getObject(3) == null ? Estado.VALIDO : Estado.USADO, partes[0], accion,
            rs.getString(1), rs.getString(2)), partes[0]);
    return filas.isEmpty() ? Revision.de(Estado.FALSIFICADO) : filas.get(0);
  }

  /** Marca el enlace como usado; false si otro pedido lo usó antes (la fila se toma una sola vez). */
  public boolean usar(Revision revision) {
    return jdbc.update("UPDATE enlace_conformidad SET usado_en = ?, accion_usada = ? WHERE id = ? AND usado_en IS NULL",
        Reloj.ahora(), revision.accion().name(), revision.id()) == 1;
  }

  private String token(String id, Accion accion, OffsetDateTime expira) {
    String datos = id + "." + accion.name() + "." + expira.toEpochSecond();
    return datos + "." + firma(datos);
  }

  private String firma(String datos) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(datos));
  }

  private byte[] hmac(String datos) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secreto(), "HmacSHA256"));
      return mac.doFinal(datos.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 no disponible", e);
    }
  }

  /**
   * El secreto configurado; si no lo hay, uno aleatorio guardado en la base la primera vez, para que
   * los enlaces enviados sigan valiendo tras un reinicio y en todos los nodos del clúster.
   */
  private byte[] secreto() {
    byte[] actual = secreto;
    if (actual == null) {
      String configurado = propiedades.secreto();
      actual = configurado != null && !configurado.isBlank()
          ? configurado.getBytes(StandardCharsets.UTF_8) : Base64.getDecoder().decode(secretoGuardado());
      secreto = actual;
    }
    return actual;
  }

  /** Insertar si falta y leer lo que quedó, cada paso en su propia transacción confirmada. */
  private String secretoGuardado() {
    try {
      propia.executeWithoutResult(estado -> {
        if (leerSecreto().isEmpty()) {
          byte[] aleatorio = new byte[32];
          new SecureRandom().nextBytes(aleatorio);
          jdbc.update("INSERT INTO secreto (nombre, valor) VALUES (?, ?)", SECRETO,
              Base64.getEncoder().encodeToString(aleatorio));
          log.info("soporte.conformidad.secreto (SOPORTE_ENLACES_SECRETO) no está configurado: se generó uno y se"
              + " guardó en la base");
        }
      });
    } catch (DuplicateKeyException otroNodoLoGuardo) {
      // Otro nodo lo generó a la vez: vale el suyo.
    }
    return propia.execute(estado -> leerSecreto()).orElseThrow(
        () -> new IllegalStateException("No se pudo guardar el secreto de los enlaces de conformidad"));
  }

  private Optional<String> leerSecreto() {
    return jdbc.queryForList("SELECT valor FROM secreto WHERE nombre = ?", String.class, SECRETO).stream().findFirst();
  }
}
