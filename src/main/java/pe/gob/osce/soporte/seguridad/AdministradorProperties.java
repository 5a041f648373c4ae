package pe.gob.osce.soporte.seguridad;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * El primer administrador fuera del perfil demo ({@code soporte.seguridad.administrador.*}): {@code
 * SOPORTE_ADMIN_USUARIO} y {@code SOPORTE_ADMIN_CLAVE}. La clave solo se usa al crearlo.
 *
 * @param origen de dónde sale el administrador: {@code base} (la base del motor: se crea desde las
 *     variables si falta y sin ninguno no se arranca) o {@code directorio} (un directorio LDAP
 *     entrega los usuarios y el grupo {@code camunda-admin}: aquí no se crea ni se exige nada).
 */
@ConfigurationProperties(prefix = "soporte.seguridad.administrador")
record AdministradorProperties(String usuario, String clave, @DefaultValue("base") Origen origen) {

  enum Origen {
    BASE,
    DIRECTORIO
  }

  String usuarioDado() {
    return usuario == null ? "" : usuario.trim();
  }

  boolean hayClave() {
    return clave != null && !clave.isBlank();
  }

  /** Sin la clave: un registro la imprimiría entera en cualquier log de depuración. */
  @Override
  public String toString() {
    return "AdministradorProperties[usuario="
        + usuario
        + ", clave="
        + (hayClave() ? "****" : "")
        + ", origen="
        + origen
        + "]";
  }
}
