package pe.gob.osce.soporte.seguridad;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Frena las claves equivocadas por dirección de origen, no por usuario: quien prueba claves espera
 * cada vez más (hasta {@code esperaMaxima}), y la cuenta atacada sigue abierta para su dueño desde
 * su propia dirección y, cuando el ataque para, también desde la misma. Vive en memoria: cada nodo
 * frena por su cuenta (con N nodos detrás del balanceador, un atacante obtiene a lo más N veces los
 * intentos de uno). Las direcciones IPv6 se agrupan por su prefijo /64, que es lo que un cliente
 * suele tener para él solo.
 */
public class FrenoIngresos {

  /** Más direcciones que esto en memoria: se descartan primero las que ya no están frenadas. */
  static final int MAXIMO_DIRECCIONES = 100_000;

  private record Estado(int fallos, Instant ultimoFallo, Instant frenadoHasta) {}

  private final SeguridadProperties.Ingreso reglas;
  private final Clock reloj;
  private final Map<String, Estado> direcciones = new ConcurrentHashMap<>();

  FrenoIngresos(SeguridadProperties.Ingreso reglas, Clock reloj) {
    this.reglas = reglas;
    this.reloj = reloj;
  }

  /**
   * Cuánto le falta esperar a la dirección antes de intentar de nuevo; vacío si puede intentar ya.
   */
  Optional<Duration> espera(String direccion) {
    Instant ahora = reloj.instant();
    Estado estado =
        direcciones.computeIfPresent(clave(direccion), (k, e) -> olvidado(e, ahora) ? null : e);
    if (estado == null || !estado.frenadoHasta().isAfter(ahora)) {
      return Optional.empty();
    }
    return Optional.of(Duration.between(ahora, estado.frenadoHasta()));
  }

  /**
   * Una clave equivocada desde la dirección: a partir de los intentos libres, la espera se duplica.
   */
  void fallo(String direccion) {
    Instant ahora = reloj.instant();
    if (direcciones.size() >= MAXIMO_DIRECCIONES) {
      podar(ahora);
    }
    direcciones.compute(
        clave(direccion),
        (k, previo) -> {
          int fallos = previo == null || olvidado(previo, ahora) ? 1 : previo.fallos() + 1;
          Instant hasta = ahora;
          if (fallos >= reglas.intentosLibres()) {
            int duplicaciones = Math.min(fallos - reglas.intentosLibres(), 30);
            Duration espera = reglas.esperaInicial().multipliedBy(1L << duplicaciones);
            hasta =
                ahora.plus(
                    espera.compareTo(reglas.esperaMaxima()) > 0 ? reglas.esperaMaxima() : espera);
          }
          return new Estado(fallos, ahora, hasta);
        });
  }

  /**
   * Todas las direcciones vuelven a empezar (las pruebas lo usan para no depender de las
   * anteriores).
   */
  public void olvidarTodo() {
    direcciones.clear();
  }

  /**
   * Sin fallos durante {@code olvido}, o con el reloj vuelto atrás, la dirección empieza de cero.
   */
  private boolean olvidado(Estado estado, Instant ahora) {
    return ahora.isBefore(estado.ultimoFallo())
        || (!estado.frenadoHasta().isAfter(ahora)
            && estado.ultimoFallo().plus(reglas.olvido()).isBefore(ahora));
  }

  private void podar(Instant ahora) {
    direcciones.entrySet().removeIf(e -> olvidado(e.getValue(), ahora));
    if (direcciones.size() >= MAXIMO_DIRECCIONES) {
      direcciones.entrySet().removeIf(e -> !e.getValue().frenadoHasta().isAfter(ahora));
    }
  }

  static String clave(String direccion) {
    if (direccion == null || !direccion.contains(":")) {
      return String.valueOf(direccion);
    }
    try {
      // Un literal IPv6 no consulta el DNS.
      byte[] bytes = InetAddress.getByName(direccion).getAddress();
      return bytes.length == 16 ? "ipv6/64:" + Arrays.toString(Arrays.copyOf(bytes, 8)) : direccion;
    } catch (UnknownHostException e) {
      return direccion;
    }
  }
}
