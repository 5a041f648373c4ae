package pe.gob.osce.soporte.seguridad.directorio;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import pe.gob.osce.soporte.catalogo.Grupos;
import pe.gob.osce.soporte.comun.Reloj;

/**
 * Perfil {@code ldap}: usuarios, grupos y claves del directorio (Directorio Activo en producción).
 * Ver docs/adr/0006-directorio-activo.md.
 */
@Configuration
@Profile("ldap")
class DirectorioConfig {

  /** Grupo del contrato para quienes despliegan modelos desde Camunda Modeler. */
  public static final String ANALISTAS = "analistas";

  static final Set<String> ROLES =
      Set.of(
          Grupos.MESA_AYUDA,
          Grupos.SOPORTE_TECNICO,
          Grupos.JEFE_UAST,
          Grupos.JEFE_OTI,
          Grupos.CAMUNDA_ADMIN,
          ANALISTAS);

  private static final Pattern ATRIBUTO = Pattern.compile("[A-Za-z][A-Za-z0-9-]*");

  @Bean
  Directorio directorio(DirectorioProperties ajustes) {
    List<String> faltan = ajustes.faltantes();
    if (!faltan.isEmpty()) {
      throw new IllegalStateException(
          "Perfil ldap sin configurar: falta " + String.join(", ", faltan));
    }
    if (!ATRIBUTO.matcher(ajustes.atributoUsuario()).matches()) {
      throw new IllegalStateException(
          "SOPORTE_LDAP_ATRIBUTO_USUARIO no es un nombre de atributo: "
              + ajustes.atributoUsuario());
    }
    if (!ROLES.containsAll(ajustes.grupos().keySet())) {
      throw new IllegalStateException(
          "soporte.ldap.grupos solo admite los roles " + ROLES + ": " + ajustes.grupos().keySet());
    }
    return new Directorio(ajustes, () -> Reloj.ahora().toInstant());
  }

  @Bean
  ProcessEnginePlugin directorioPlugin(Directorio directorio) {
    return new DirectorioPlugin(directorio);
  }

  /** Antes que todo filtro de autenticación, para responder 503 si el directorio no contesta. */
  @Bean
  FilterRegistrationBean<DirectorioCaidoFilter> directorioCaido(Directorio directorio) {
    FilterRegistrationBean<DirectorioCaidoFilter> registro =
        new FilterRegistrationBean<>(new DirectorioCaidoFilter(directorio));
    registro.setName("directorioCaido");
    registro.addUrlPatterns("/*");
    registro.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registro;
  }
}
