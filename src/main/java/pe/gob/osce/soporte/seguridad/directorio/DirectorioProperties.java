package pe.gob.osce.soporte.seguridad.directorio;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Ajustes del perfil {@code ldap} (variables SOPORTE_LDAP_* del contrato): dónde está el
 * directorio, con qué cuenta de servicio se lee, dónde están usuarios y grupos, y qué grupo del
 * directorio (su cn) corresponde a cada rol del procedimiento.
 *
 * @param grupos id del grupo en Camunda (mesa-ayuda, soporte-tecnico...) → cn del grupo del
 *     directorio
 * @param vigencia cuánto se reutiliza lo leído de usuarios y grupos antes de volver a preguntar
 * @param espera tiempo máximo para conectar y para cada respuesta del directorio
 * @param intentosFallidos claves erradas seguidas de un usuario que se llegan a probar en el
 *     directorio dentro de la ventana; las siguientes se rechazan sin preguntarle (su cuenta no se
 *     bloquea por nosotros)
 * @param ventanaIntentos cuánto dura esa ventana
 */
@ConfigurationProperties("soporte.ldap")
public record DirectorioProperties(
    String url,
    String bindDn,
    String bindClave,
    String baseUsuarios,
    String baseGrupos,
    @DefaultValue("sAMAccountName") String atributoUsuario,
    Map<String, String> grupos,
    @DefaultValue("PT30S") Duration vigencia,
    @DefaultValue("PT5S") Duration espera,
    @DefaultValue("3") int intentosFallidos,
    @DefaultValue("PT15M") Duration ventanaIntentos) {

  public DirectorioProperties {
    grupos = grupos == null ? Map.of() : Map.copyOf(grupos);
  }

  /** Los ajustes que faltan, con el nombre de su variable de entorno; vacío si está todo. */
  List<String> faltantes() {
    List<String> faltan = new ArrayList<>();
    agregarSiFalta(faltan, url, "SOPORTE_LDAP_URL");
    agregarSiFalta(faltan, bindDn, "SOPORTE_LDAP_BIND_DN");
    agregarSiFalta(faltan, bindClave, "SOPORTE_LDAP_BIND_CLAVE");
    agregarSiFalta(faltan, baseUsuarios, "SOPORTE_LDAP_BASE_USUARIOS");
    agregarSiFalta(faltan, baseGrupos, "SOPORTE_LDAP_BASE_GRUPOS");
    agregarSiFalta(faltan, atributoUsuario, "SOPORTE_LDAP_ATRIBUTO_USUARIO");
    return faltan;
  }

  private static void agregarSiFalta(List<String> faltan, String valor, String variable) {
    if (valor == null || valor.isBlank()) {
      faltan.add(variable);
    }
  }
}
