package pe.gob.osce.soporte.ticket;

import jakarta.annotation.PostConstruct;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * El secreto con que el servicio firma (HMAC-SHA256) lo que sale sin sesión: los enlaces de
 * conformidad y la referencia del correo de escalamiento al proveedor. El configurado ({@code
 * SOPORTE_ENLACES_SECRETO}); si no lo hay, uno aleatorio guardado en la base la primera vez, para
 * que lo firmado siga valiendo tras un reinicio y en todos los nodos del clúster.
 */
@Component
public class SecretoFirmas {

  private static final Logger log = LoggerFactory.getLogger(SecretoFirmas.class);
  private static final String NOMBRE = "enlaces-conformidad";

  private final JdbcTemplate jdbc;
  private final String configurado;
  private final TransactionTemplate propia;
  private volatile byte[] secreto;

  public SecretoFirmas(
      JdbcTemplate jdbc,
      @Value("${soporte.conformidad.secreto:}") String configurado,
      PlatformTransactionManager transacciones) {
    this.jdbc = jdbc;
    this.configurado = configurado;
    this.propia = new TransactionTemplate(transacciones);
    this.propia.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Al iniciar, antes de que corra ningún job del motor: el secreto queda guardado y confirmado en
   * su propia transacción. Si no, el primer correo de conformidad lo generaría dentro de la
   * transacción del job, y una falla SMTP lo desharía después de haber firmado con él (issue 10).
   */
  @PostConstruct
  public void prepararSecreto() {
    secreto();
  }

  /** HMAC-SHA256 de los datos con el secreto. */
  public byte[] hmac(String datos) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secreto(), "HmacSHA256"));
      return mac.doFinal(datos.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 no disponible", e);
    }
  }

  /**
   * Firma corta (32 caracteres hexadecimales), para las referencias de los correos que el servicio
   * envía: quien responde citándola demuestra que recibió ese correo.
   */
  String firmaCorreo(String datos) {
    return HexFormat.of().formatHex(hmac("correo." + datos), 0, 16);
  }

  private byte[] secreto() {
    byte[] actual = secreto;
    if (actual == null) {
      actual =
          configurado != null && !configurado.isBlank()
              ? configurado.getBytes(StandardCharsets.UTF_8)
              : Base64.getDecoder().decode(secretoGuardado());
      secreto = actual;
    }
    return actual;
  }

  /** Insertar si falta y leer lo que quedó, cada paso en su propia transacción confirmada. */
  private String secretoGuardado() {
    try {
      propia.executeWithoutResult(
          estado -> {
            if (leerSecreto().isEmpty()) {
              byte[] aleatorio = new byte[32];
              new SecureRandom().nextBytes(aleatorio);
              jdbc.update(
                  "INSERT INTO secreto (nombre, valor) VALUES (?, ?)",
                  NOMBRE,
                  Base64.getEncoder().encodeToString(aleatorio));
              log.info(
                  "soporte.conformidad.secreto (SOPORTE_ENLACES_SECRETO) no está configurado: se generó uno y se"
                      + " guardó en la base");
            }
          });
    } catch (DuplicateKeyException otroNodoLoGuardo) {
      // Otro nodo lo generó a la vez: vale el suyo.
    }
    return propia
        .execute(estado -> leerSecreto())
        .orElseThrow(
            () -> new IllegalStateException("No se pudo guardar el secreto de las firmas"));
  }

  private Optional<String> leerSecreto() {
    return jdbc
        .queryForList("SELECT valor FROM secreto WHERE nombre = ?", String.class, NOMBRE)
        .stream()
        .findFirst();
  }
}
