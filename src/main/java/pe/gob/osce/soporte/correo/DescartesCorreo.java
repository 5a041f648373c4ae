package pe.gob.osce.soporte.correo;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Cuenta los mensajes del buzón que no llegan a ser ticket ni respuesta, por carpeta y motivo:
 * {@code soporte_correos_descartados_total{carpeta="Errores",motivo="fallas_repetidas"}} en
 * Prometheus.
 */
@Component
public class DescartesCorreo {

  /** Por qué un mensaje fue a Errores o a Ignorados (la etiqueta {@code motivo}). */
  public enum Motivo {
    ILEGIBLE,
    DATOS_INVALIDOS,
    FALLAS_REPETIDAS,
    AUTOMATICO,
    DOMINIO_NO_PERMITIDO,
    REMITENTE_NO_AUTORIZADO,
    ADJUNTO_EJECUTABLE;

    public String etiqueta() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  static final String METRICA = "soporte.correos.descartados";

  private final MeterRegistry registro;

  public DescartesCorreo(MeterRegistry registro) {
    this.registro = registro;
  }

  public void contar(String carpeta, Motivo motivo) {
    Counter.builder(METRICA)
        .description("Mensajes del buzón movidos a Errores o Ignorados, por motivo")
        .tag("carpeta", carpeta == null || carpeta.isBlank() ? "(sin carpeta)" : carpeta)
        .tag("motivo", motivo.etiqueta())
        .register(registro)
        .increment();
  }
}
