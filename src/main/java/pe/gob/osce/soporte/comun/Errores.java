package pe.gob.osce.soporte.comun;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Acumula los errores de validación por campo y los lanza juntos. */
public final class Errores {

  private static final Pattern CORREO =
      Pattern.compile(
          "^[A-Za-z0-9._%+'-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$");

  private final Map<String, String> errores = new LinkedHashMap<>();

  public Errores agregar(String campo, String mensaje) {
    errores.putIfAbsent(campo, mensaje);
    return this;
  }

  public Errores agregar(Variable<?> campo, String mensaje) {
    return agregar(campo.nombre(), mensaje);
  }

  public Errores siVacio(Variable<?> campo, String valor, String mensaje) {
    return siVacio(campo.nombre(), valor, mensaje);
  }

  public Errores siVacio(String campo, String valor, String mensaje) {
    if (valor == null || valor.isBlank()) {
      agregar(campo, mensaje);
    }
    return this;
  }

  public Errores siLargo(String campo, String valor, int maximo) {
    if (valor != null && valor.length() > maximo) {
      agregar(
          campo, "no puede tener más de " + maximo + " caracteres (tiene " + valor.length() + ")");
    }
    return this;
  }

  public Errores siLargo(Variable<?> campo, String valor, int maximo) {
    return siLargo(campo.nombre(), valor, maximo);
  }

  public Errores siCorreoInvalido(Variable<?> campo, String valor) {
    return siCorreoInvalido(campo.nombre(), valor);
  }

  public Errores siCorreoInvalido(String campo, String valor) {
    if (valor != null && !valor.isBlank() && !esCorreo(valor.trim())) {
      agregar(campo, "«" + valor + "» no es una dirección de correo electrónico válida");
    }
    return this;
  }

  public static boolean esCorreo(String valor) {
    return valor != null && valor.length() <= 254 && CORREO.matcher(valor).matches();
  }

  public void lanzarSiHay() {
    if (!errores.isEmpty()) {
      throw new DatosInvalidosException(errores);
    }
  }
}
