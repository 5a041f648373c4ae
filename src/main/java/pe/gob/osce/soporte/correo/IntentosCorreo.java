package pe.gob.osce.soporte.correo;

import java.util.HashMap;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import pe.gob.osce.soporte.comun.Reloj;
import pe.gob.osce.soporte.comun.Textos;

/**
 * Las fallas técnicas de cada mensaje del buzón, por Message-ID (tabla {@code correo_intento}). Se
 * anotan fuera de la transacción que falló (autocommit), para que sobrevivan a su rollback y a un
 * reinicio. Solo un nodo lee el buzón a la vez ({@link CerrojoBuzon}), así que no hay carreras.
 */
@Repository
public class IntentosCorreo {

  private final JdbcTemplate jdbc;

  public IntentosCorreo(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Intentos fallidos de cada mensaje aún en la bandeja, por clave (SHA-256 del Message-ID). */
  public Map<String, Integer> pendientes() {
    Map<String, Integer> intentos = new HashMap<>();
    jdbc.query(
        "SELECT clave, intentos FROM correo_intento",
        rs -> {
          intentos.put(rs.getString(1), rs.getInt(2));
        });
    return intentos;
  }

  /** Anota una falla más del mensaje y devuelve cuántas lleva. */
  public int fallo(String messageId, String error) {
    String clave = RegistroCorreosEntrantes.clave(messageId);
    String detalle = Textos.recortar(error == null ? "(sin detalle)" : error, 1000);
    if (sumar(clave, detalle) == 0) {
      try {
        jdbc.update(
            "INSERT INTO correo_intento (clave, message_id, intentos, ultimo_error, actualizado_en)"
                + " VALUES (?, ?, 1, ?, ?)",
            clave,
            Textos.recortar(messageId, 1000),
            detalle,
            Reloj.ahora());
      } catch (DuplicateKeyException otraLectura) {
        sumar(clave, detalle);
      }
    }
    return jdbc.queryForObject(
        "SELECT intentos FROM correo_intento WHERE clave = ?", Integer.class, clave);
  }

  /** El mensaje salió de la bandeja (procesado o apartado): ya no se cuentan sus intentos. */
  public void olvidar(String messageId) {
    jdbc.update(
        "DELETE FROM correo_intento WHERE clave = ?", RegistroCorreosEntrantes.clave(messageId));
  }

  private int sumar(String clave, String detalle) {
    return jdbc.update(
        "UPDATE correo_intento SET intentos = intentos + 1, ultimo_error = ?, actualizado_en = ?"
            + " WHERE clave = ?",
        detalle,
        Reloj.ahora(),
        clave);
  }
}
