package pe.gob.osce.soporte.equipo;

import java.util.Arrays;
import java.util.Optional;

/** Por qué se da de baja un bien (actividad 20): obsolescencia, inoperatividad o no reparación. */
enum MotivoBaja {
  OBSOLESCENCIA("Obsolescencia"),
  INOPERATIVO("Inoperatividad"),
  NO_REPARABLE("No reparable");

  private final String etiqueta;

  MotivoBaja(String etiqueta) {
    this.etiqueta = etiqueta;
  }

  public String etiqueta() {
    return etiqueta;
  }

  public static Optional<MotivoBaja> deCodigo(String codigo) {
    return Arrays.stream(values()).filter(m -> m.name().equals(codigo)).findFirst();
  }
}
