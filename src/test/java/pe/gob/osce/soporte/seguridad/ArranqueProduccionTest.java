package pe.gob.osce.soporte.seguridad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.test.util.TestSocketUtils;
import pe.gob.osce.soporte.SoporteTiApplication;
import pe.gob.osce.soporte.catalogo.Grupos;
import pe.gob.osce.soporte.correo.ServidorCorreoEmbebido;

/**
 * El servicio como lo arranca un operador, sin perfil ({@code java -jar}, la imagen): reglas de
 * producción sobre un PostgreSQL real (zonky, uno solo para toda la clase). Cada arranque es un
 * {@code SpringApplication} con los ajustes como argumentos, igual que las variables de entorno.
 */
// Arranca su propia aplicación: corre en su JVM (ejecución "aisladas" de Surefire, ver pom.xml).
@Tag("aislada")
class ArranqueProduccionTest {

  private static final EmbeddedPostgres POSTGRES = iniciarPostgres();
  private static final List<ConfigurableApplicationContext> ABIERTOS = new ArrayList<>();
  private static ConfigurableApplicationContext produccion;

  @Test
  void sinPerfilNiBaseNoArrancaYPideSOPORTE_DB_URL() {
    assertThatThrownBy(() -> arrancar(List.of()))
        .isInstanceOfSatisfying(
            ArranqueRechazadoException.class,
            e -> {
              assertThat(e.ajuste()).isEqualTo("SOPORTE_DB_URL");
              FailureAnalysis analisis = new ArranqueRechazadoAnalyzer().analyze(e);
              assertThat(analisis.getDescription())
                  .contains("El servicio no arranca", "SOPORTE_DB_URL", "PostgreSQL");
              assertThat(analisis.getAction())
                  .contains("jdbc:postgresql://", "./mvnw spring-boot:run");
            });
    assertThat(
            SpringFactoriesLoader.loadFactoryNames(
                FailureAnalyzer.class, getClass().getClassLoader()))
        .contains(ArranqueRechazadoAnalyzer.class.getName());
  }

  @Test
  void sinUrlPublicaNoArranca() {
    assertThatThrownBy(() -> arrancar(List.of(base("produccion"))))
        .isInstanceOf(ArranqueRechazadoException.class)
        .hasMessageStartingWith("SOPORTE_URL_PUBLICA: falta la dirección pública");
  }

  @Test
  void sinAdministradorEnLaBaseNiEnElEntornoNoArranca() {
    assertThatThrownBy(() -> arrancar(List.of(base("sin_admin"), URL_PUBLICA)))
        .isInstanceOf(ArranqueRechazadoException.class)
        .hasMessageStartingWith("SOPORTE_ADMIN_USUARIO: no hay ningún administrador");
  }

  @Test
  void unaClaveDeAdministradorDebilNoArrancaYNoCreaAlUsuario() throws SQLException {
    assertThatThrownBy(
            () ->
                arrancar(
                    List.of(
                        base("sin_admin"),
                        URL_PUBLICA,
                        "--SOPORTE_ADMIN_USUARIO=jefa.sistemas",
                        "--SOPORTE_ADMIN_CLAVE=demo")))
        .isInstanceOf(ArranqueRechazadoException.class)
        .hasMessageStartingWith(
            "SOPORTE_ADMIN_CLAVE: la clave del administrador no cumple la política de claves")
        .hasMessageContaining("al menos 10 caracteres", "mayúscula", "dígito", "carácter especial");
    try (Connection c = POSTGRES.getDatabase("postgres", "sin_admin").getConnection();
        var consulta =
            c.prepareStatement("SELECT COUNT(*) FROM act_id_user WHERE id_ = 'jefa.sistemas'")) {
      var filas = consulta.executeQuery();
      filas.next();
      assertThat(filas.getInt(1)).isZero();
    }
  }

  @Test
  void conAdministradorEnElEntornoLoCreaEnCamundaAdminConTodasLasAutorizaciones() {
    IdentityService identidades = produccion().getBean(IdentityService.class);
    AuthorizationService autorizaciones = produccion().getBean(AuthorizationService.class);

    assertThat(
            identidades
                .createUserQuery()
                .userId("jefa.sistemas")
                .memberOfGroup(Grupos.CAMUNDA_ADMIN)
                .count())
        .isEqualTo(1);
    assertThat(identidades.checkPassword("jefa.sistemas", CLAVE_FUERTE)).isTrue();
    List<String> grupos = List.of(Grupos.CAMUNDA_ADMIN);
    for (Resources recurso :
        List.of(
            Resources.USER,
            Resources.GROUP,
            Resources.AUTHORIZATION,
            Resources.DEPLOYMENT,
            Resources.APPLICATION,
            Resources.PROCESS_DEFINITION)) {
      assertThat(autorizaciones.isUserAuthorized("jefa.sistemas", grupos, Permissions.ALL, recurso))
          .as(recurso.resourceName())
          .isTrue();
    }
  }

  @Test
  void fueraDeLaDemoNoHayUsuariosDemoNiCorreoEmbebidoAunqueSeLoPida() {
    IdentityService identidades = produccion().getBean(IdentityService.class);

    assertThat(
            identidades
                .createUserQuery()
                .userIdIn("asistente", "tecnico1", "jefe.oti", "admin")
                .count())
        .isZero();
    assertThat(produccion().getBeanNamesForType(UsuariosDemo.class)).isEmpty();
    assertThat(produccion().getBeanNamesForType(ServidorCorreoEmbebido.class)).isEmpty();
  }

  @Test
  void fueraDeLaDemoRigeLaPoliticaDeClavesYLasCookiesSoloViajanPorHttps() {
    IdentityService identidades = produccion().getBean(IdentityService.class);

    assertThat(identidades.getPasswordPolicy()).isNotNull();
    assertThat(identidades.checkPasswordAgainstPolicy("demo").isValid()).isFalse();
    ServerProperties servidor = produccion().getBean(ServerProperties.class);
    assertThat(servidor.getServlet().getSession().getCookie().getSecure()).isTrue();
    assertThat(servidor.getForwardHeadersStrategy())
        .isEqualTo(ServerProperties.ForwardHeadersStrategy.NATIVE);
    CamundaBpmProperties camunda = produccion().getBean(CamundaBpmProperties.class);
    assertThat(camunda.getWebapp().getCsrf().isEnableSecureCookie()).isTrue();
  }

  // ---------------------------------------------------------------------------------------------

  private static final String CLAVE_FUERTE = "Soporte-Uast-2026!";
  private static final String URL_PUBLICA = "--SOPORTE_URL_PUBLICA=https://soporte.osce.gob.pe";

  /** Un solo arranque correcto para las pruebas que miran el servicio ya iniciado. */
  private static synchronized ConfigurableApplicationContext produccion() {
    if (produccion == null) {
      produccion =
          arrancar(
              List.of(
                  base("produccion"),
                  URL_PUBLICA,
                  "--SOPORTE_ADMIN_USUARIO=jefa.sistemas",
                  "--SOPORTE_ADMIN_CLAVE=" + CLAVE_FUERTE,
                  // Pedido a propósito: fuera de la demo no debe levantarse igual.
                  "--soporte.correo.servidor-embebido.habilitado=true"));
    }
    return produccion;
  }

  private static String base(String nombre) {
    return "--SOPORTE_DB_URL=" + POSTGRES.getJdbcUrl("postgres", nombre);
  }

  private static ConfigurableApplicationContext arrancar(List<String> ajustes) {
    List<String> argumentos =
        new ArrayList<>(
            List.of(
                "--server.port=0",
                "--SOPORTE_DB_USER=postgres",
                "--SOPORTE_DB_PASSWORD=postgres",
                // Nombre propio del motor y sin webapps: sus registros estáticos no deben tocar al
                // contexto H2 de las otras pruebas.
                "--camunda.bpm.process-engine-name=produccion"
                    + UUID.randomUUID().toString().substring(0, 8),
                "--camunda.bpm.webapp.enabled=false",
                "--camunda.bpm.job-execution.enabled=false",
                "--soporte.correo.servidor-embebido.puerto-smtp="
                    + TestSocketUtils.findAvailableTcpPort(),
                "--soporte.correo.servidor-embebido.puerto-imap="
                    + TestSocketUtils.findAvailableTcpPort(),
                "--soporte.documentos.directorio=" + carpetaTemporal()));
    argumentos.addAll(ajustes);
    ConfigurableApplicationContext contexto =
        new SpringApplicationBuilder(SoporteTiApplication.class)
            .run(argumentos.toArray(String[]::new));
    ABIERTOS.add(contexto);
    return contexto;
  }

  @AfterAll
  static void cerrar() throws IOException {
    ABIERTOS.forEach(ConfigurableApplicationContext::close);
    POSTGRES.close();
  }

  private static String carpetaTemporal() {
    try {
      return Files.createTempDirectory("soporte-documentos-produccion").toString();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static EmbeddedPostgres iniciarPostgres() {
    try {
      EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
      try (Connection c = postgres.getPostgresDatabase().getConnection();
          var sentencia = c.createStatement()) {
        sentencia.execute("CREATE DATABASE produccion");
        sentencia.execute("CREATE DATABASE sin_admin");
      }
      return postgres;
    } catch (IOException | SQLException e) {
      throw new IllegalStateException("No se pudo arrancar PostgreSQL embebido (zonky)", e);
    }
  }
}
