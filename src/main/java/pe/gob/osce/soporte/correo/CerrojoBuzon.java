package pe.gob.osce.soporte.correo;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Un solo nodo del clúster lee el buzón a la vez: el cerrojo es una fila de la base compartida con
 * dueño y vencimiento, tomada con un UPDATE condicional (igual en H2 y PostgreSQL). Si un nodo cae
 * con el cerrojo tomado, otro lo toma cuando vence; el Message-ID único cubre lo demás.
 */
@Component
public class CerrojoBuzon {

  static final String NOMBRE = "buzon-mesa-ayuda";

  private final JdbcTemplate jdbc;
  private final EntradaCorreoProperties propiedades;
  private final String nodo = "nodo-" + UUID.randomUUID();

  public CerrojoBuzon(JdbcTemplate jdbc, EntradaCorreoProperties propiedades) {
    this.jdbc = jdbc;
    this.propiedades = propiedades;
  }

  /**
   * Toma el cerrojo si está libre, vencido o ya es de este nodo. Se confirma al instante
   * (autocommit).
   */
  public boolean tomar() {
    OffsetDateTime ahora = OffsetDateTime.now();
    return jdbc.update(
            "UPDATE cerrojo SET duenio = ?, hasta = ? WHERE nombre = ? AND (duenio IS NULL OR duenio = ?"
                + " OR hasta < ?)",
            nodo,
            ahora.plus(propiedades.duracionCerrojo()),
            NOMBRE,
            nodo,
            ahora)
        == 1;
  }

  public void soltar() {
    jdbc.update("UPDATE cerrojo SET duenio = NULL WHERE nombre = ? AND duenio = ?", NOMBRE, nodo);
  }

  String nodo() {
    return nodo;
  }
}
