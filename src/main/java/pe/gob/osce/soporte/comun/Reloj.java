package pe.gob.osce.soporte.comun;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * La hora del motor en Lima. Los registros toman la hora de aquí para que coincida con la de los
 * temporizadores, también cuando las pruebas mueven el reloj.
 */
public final class Reloj {

  public static final ZoneId LIMA = ZoneId.of("America/Lima");

  private Reloj() {}

  public static OffsetDateTime ahora() {
    return ClockUtil.getCurrentTime().toInstant().atZone(LIMA).toOffsetDateTime();
  }
}
