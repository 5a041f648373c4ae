package pe.gob.osce.soporte.seguridad;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.catalogo.Grupos;
import pe.gob.osce.soporte.comun.ArranqueExclusivo;

/**
 * Fuera del perfil demo no hay usuarios: sin esto, la página "crear usuario inicial" de Camunda
 * haría administrador al primero que llegue. Al iniciar, si falta, se crea el usuario de {@code
 * SOPORTE_ADMIN_USUARIO} con la clave de {@code SOPORTE_ADMIN_CLAVE} (que debe cumplir la política
 * de claves) y se le pone en {@code camunda-admin}, que tiene todas las autorizaciones ({@link
 * AutorizacionesIniciales}). Si al final nadie es de {@code camunda-admin}, el servicio no arranca.
 * Con {@code soporte.seguridad.administrador.origen=directorio} el directorio (LDAP) manda y aquí
 * no se hace nada. La página de configuración inicial queda cerrada siempre ({@link AccesoConfig}).
 */
@Component
@Profile("!demo")
class AdministradorInicial {

  private static final Logger log = LoggerFactory.getLogger(AdministradorInicial.class);

  private static final Map<String, String> REGLAS =
      Map.of(
          "PASSWORD_POLICY_LENGTH", "al menos {minLength} caracteres",
          "PASSWORD_POLICY_LOWERCASE", "al menos {minLowerCase} minúscula",
          "PASSWORD_POLICY_UPPERCASE", "al menos {minUpperCase} mayúscula",
          "PASSWORD_POLICY_DIGIT", "al menos {minDigit} dígito",
          "PASSWORD_POLICY_SPECIAL", "al menos {minSpecial} carácter especial",
          "PASSWORD_POLICY_USER_DATA", "no contener el usuario, su nombre ni su correo");

  private final IdentityService identidades;
  private final ArranqueExclusivo arranque;
  private final AdministradorProperties propiedades;

  AdministradorInicial(
      IdentityService identidades,
      ArranqueExclusivo arranque,
      AdministradorProperties propiedades) {
    this.identidades = identidades;
    this.arranque = arranque;
    this.propiedades = propiedades;
  }

  /**
   * Después de los grupos (1) y las autorizaciones (2): el administrador entra a un grupo que ya
   * existe.
   */
  @EventListener(ApplicationReadyEvent.class)
  @Order(4)
  void prepararAdministrador() {
    if (propiedades.origen() == AdministradorProperties.Origen.DIRECTORIO) {
      log.info(
          "Administrador: lo entrega el directorio (grupo {}); no se crea ninguno",
          Grupos.CAMUNDA_ADMIN);
      return;
    }
    arranque.ejecutar(this::prepararAhora);
  }

  private void prepararAhora() {
    String usuario = propiedades.usuarioDado();
    if (!usuario.isEmpty()) {
      crearSiFalta(usuario);
    }
    if (identidades.createUserQuery().memberOfGroup(Grupos.CAMUNDA_ADMIN).count() == 0) {
      throw new ArranqueRechazadoException(
          "SOPORTE_ADMIN_USUARIO",
          "no hay ningún administrador (usuario del grupo "
              + Grupos.CAMUNDA_ADMIN
              + ") y no se indicó uno.",
          "Defina SOPORTE_ADMIN_USUARIO y SOPORTE_ADMIN_CLAVE: el administrador se crea al iniciar. "
              + "La página de configuración inicial de Camunda está cerrada."
              + ReglasProduccion.PARA_PROBAR);
    }
  }

  private void crearSiFalta(String usuario) {
    if (identidades.createUserQuery().userId(usuario).count() == 0) {
      if (!propiedades.hayClave()) {
        throw new ArranqueRechazadoException(
            "SOPORTE_ADMIN_CLAVE",
            "falta la clave del administrador «" + usuario + "».",
            "Defina SOPORTE_ADMIN_CLAVE; solo se usa para crearlo y después se cambia en Admin.");
      }
      User nuevo = identidades.newUser(usuario);
      nuevo.setFirstName("Administrador");
      nuevo.setLastName("Soporte TI");
      revisarPolitica(nuevo, propiedades.clave());
      nuevo.setPassword(propiedades.clave());
      try {
        identidades.saveUser(nuevo);
      } catch (ProcessEngineException e) {
        throw new ArranqueRechazadoException(
            "SOPORTE_ADMIN_USUARIO",
            "no se pudo crear «" + usuario + "»: " + e.getMessage(),
            "Use un usuario de letras, dígitos, punto, guion o guion bajo.");
      }
      log.info("Administrador «{}» creado desde SOPORTE_ADMIN_USUARIO", usuario);
    }
    if (identidades.createUserQuery().userId(usuario).memberOfGroup(Grupos.CAMUNDA_ADMIN).count()
        == 0) {
      identidades.createMembership(usuario, Grupos.CAMUNDA_ADMIN);
      log.info("Usuario «{}» agregado al grupo {}", usuario, Grupos.CAMUNDA_ADMIN);
    }
  }

  /**
   * Con la política de claves de Camunda activa (fuera de la demo), una clave débil no arranca el
   * servicio.
   */
  private void revisarPolitica(User usuario, String clave) {
    PasswordPolicy politica = identidades.getPasswordPolicy();
    if (politica == null) {
      return;
    }
    PasswordPolicyResult resultado =
        identidades.checkPasswordAgainstPolicy(politica, clave, usuario);
    if (!resultado.isValid()) {
      List<String> faltas =
          resultado.getViolatedRules().stream().map(AdministradorInicial::describir).toList();
      throw new ArranqueRechazadoException(
          "SOPORTE_ADMIN_CLAVE",
          "la clave del administrador no cumple la política de claves: debe tener "
              + String.join(", ", faltas)
              + ".",
          "Defina en SOPORTE_ADMIN_CLAVE una clave que cumpla la política (p. ej. 12 caracteres con mayúscula, "
              + "minúscula, dígito y un signo como ! o #).");
    }
  }

  private static String describir(PasswordPolicyRule regla) {
    String texto = REGLAS.getOrDefault(regla.getPlaceholder(), regla.getPlaceholder());
    if (regla.getParameters() != null) {
      for (Map.Entry<String, String> parametro : regla.getParameters().entrySet()) {
        texto = texto.replace("{" + parametro.getKey() + "}", parametro.getValue());
      }
    }
    return texto;
  }
}
