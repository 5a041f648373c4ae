package pe.gob.osce.soporte.seguridad.directorio;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Cuántas claves erradas seguidas de un usuario, desde una dirección, se llegaron a probar en el
 * directorio. El Directorio Activo bloquea la cuenta tras su propio umbral (política del dominio);
 * pasado el máximo, el servicio deja de preguntarle por ese usuario desde esa dirección hasta que
 * termine la ventana: quien ataca no lleva la cuenta al bloqueo del dominio, y la persona, desde su
 * propio equipo, sigue entrando (nadie queda fuera por las claves de otro). Solo cuenta usuarios
 * que existen en el directorio (a los otros no se les hace bind), de modo que el mapa no crece con
 * nombres inventados.
 */
class IntentosFallidos {

  private record Racha(int fallos, Instant desde) {}

  private final ConcurrentHashMap<String, Racha> rachas = new ConcurrentHashMap<>();
  private final int maximo;
  private final Duration ventana;
  private final Supplier<Instant> reloj;

  IntentosFallidos(int maximo, Duration ventana, Supplier<Instant> reloj) {
    this.maximo = maximo;
    this.ventana = ventana;
    this.reloj = reloj;
  }

  /** Si se le puede preguntar al directorio por la clave de este usuario. */
  boolean sePuedeProbar(String usuario, String direccion) {
    Racha racha = rachas.get(clave(usuario, direccion));
    return racha == null || vencida(racha) || racha.fallos() < maximo;
  }

  void registrar(String usuario, String direccion, boolean aceptada) {
    if (aceptada) {
      rachas.remove(clave(usuario, direccion));
      return;
    }
    Racha nueva = new Racha(1, reloj.get());
    rachas.merge(
        clave(usuario, direccion),
        nueva,
        (actual, una) -> vencida(actual) ? una : new Racha(actual.fallos() + 1, actual.desde()));
  }

  private boolean vencida(Racha racha) {
    return !racha.desde().plus(ventana).isAfter(reloj.get());
  }

  private static String clave(String usuario, String direccion) {
    return usuario.toLowerCase(Locale.ROOT) + " " + direccion;
  }
}
