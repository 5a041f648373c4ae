package pe.gob.osce.soporte.seguridad.directorio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pe.gob.osce.soporte.seguridad.directorio.DirectorioDePrueba.CLAVE;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import pe.gob.osce.soporte.seguridad.directorio.Directorio.UsuarioDirectorio;

/**
 * Usuarios, roles y claves leídos de un directorio LDAP real con forma de Directorio Activo, sin
 * Spring.
 */
class DirectorioTest {

  private static final DirectorioDePrueba LDAP = new DirectorioDePrueba();

  private Instant ahora = Instant.parse("2026-06-01T13:00:00Z");

  @AfterAll
  static void apagar() {
    LDAP.detener();
  }

  static DirectorioProperties ajustes(String url, Map<String, String> grupos) {
    return new DirectorioProperties(
        url,
        DirectorioDePrueba.SERVICIO,
        DirectorioDePrueba.CLAVE_SERVICIO,
        DirectorioDePrueba.USUARIOS,
        DirectorioDePrueba.GRUPOS,
        "sAMAccountName",
        grupos,
        Duration.ofSeconds(30),
        Duration.ofSeconds(2),
        3,
        Duration.ofMinutes(15));
  }

  private Directorio directorio(Map<String, String> grupos) {
    return new Directorio(ajustes(LDAP.url(), grupos), () -> ahora);
  }

  @Test
  void cadaPersonaTieneLosRolesDeSusGruposAnidadosYSoloCuentanLasHabilitadasConRol() {
    Map<String, Object> roles =
        directorio(DirectorioDePrueba.GRUPOS_POR_ROL).usuarios().stream()
            .collect(Collectors.toMap(UsuarioDirectorio::id, UsuarioDirectorio::roles));
    assertThat(roles)
        .containsOnlyKeys(
            "ana.quispe", "carlos.huaman", "rosa.mamani", "maria.torres", "adm.soporte");
    assertThat(roles.get("ana.quispe"))
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.COLLECTION)
        .containsExactlyInAnyOrder("mesa-ayuda", "jefe-uast");
    // rosa.mamani está en GG-UAST-TecnicosSede, que está dentro de GG-UAST-SoporteTecnico.
    assertThat(roles.get("rosa.mamani"))
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.COLLECTION)
        .containsExactly("soporte-tecnico");
    // adm.soporte: userAccountControl 66048 (clave que no vence) sigue habilitada.
    assertThat(roles.get("adm.soporte"))
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.COLLECTION)
        .containsExactly("camunda-admin");
  }

  @Test
  void laClaveSeCompruebaEnElDirectorioYNoEntranDeshabilitadosNiSinRol() {
    Directorio directorio = directorio(DirectorioDePrueba.GRUPOS_POR_ROL);
    assertThat(directorio.comprobarClave("ana.quispe", CLAVE)).isTrue();
    assertThat(directorio.comprobarClave("carlos.huaman", "otra")).isFalse();
    assertThat(directorio.comprobarClave("carlos.huaman", "")).isFalse();
    assertThat(directorio.comprobarClave("nadie", CLAVE)).isFalse();
    assertThat(directorio.comprobarClave("ANA.QUISPE", CLAVE)).isFalse();
    // El directorio de prueba aceptaría su bind: la cuenta deshabilitada se descarta antes de
    // preguntarle.
    assertThat(directorio.comprobarClave("pedro.salas", CLAVE)).isFalse();
    assertThat(LDAP.bindsDe(DirectorioDePrueba.dnUsuario("UAST", "Pedro Salas"))).isZero();
    assertThat(directorio.comprobarClave("luis.vega", CLAVE)).isFalse();
    assertThat(LDAP.bindsDe(DirectorioDePrueba.dnUsuario("OTI", "Luis Vega"))).isZero();
  }

  @Test
  void pasadoElMaximoDeClavesErradasNoSeLePreguntaAlDirectorioHastaQueTermineLaVentana() {
    Directorio directorio = directorio(DirectorioDePrueba.GRUPOS_POR_ROL);
    String dn = DirectorioDePrueba.dnUsuario("OTI", "Maria Torres");
    int antes = LDAP.bindsDe(dn);
    for (int i = 0; i < 30; i++) {
      assertThat(directorio.comprobarClave("maria.torres", "errada" + i)).isFalse();
    }
    assertThat(LDAP.bindsDe(dn) - antes).isEqualTo(3);
    assertThat(directorio.comprobarClave("maria.torres", CLAVE)).isFalse();
    assertThat(LDAP.bindsDe(dn) - antes).isEqualTo(3);

    ahora = ahora.plus(Duration.ofMinutes(16));
    assertThat(directorio.comprobarClave("maria.torres", CLAVE)).isTrue();
  }

  @Test
  void lasClavesErradasDeUnaDireccionNoDejanFueraALaPersonaQueEntraDesdeOtra() {
    Directorio directorio = directorio(DirectorioDePrueba.GRUPOS_POR_ROL);
    String dn = DirectorioDePrueba.dnUsuario("OTI", "Maria Torres");
    int antes = LDAP.bindsDe(dn);
    try {
      desde("203.0.113.9");
      for (int i = 0; i < 30; i++) {
        assertThat(directorio.comprobarClave("maria.torres", "errada" + i)).isFalse();
      }
      assertThat(LDAP.bindsDe(dn) - antes).isEqualTo(3);
      // La persona, desde su propio equipo y durante el ataque, entra con su clave.
      desde("10.1.2.3");
      assertThat(directorio.comprobarClave("maria.torres", CLAVE)).isTrue();
    } finally {
      RequestContextHolder.resetRequestAttributes();
    }
  }

  private static void desde(String direccion) {
    MockHttpServletRequest peticion = new MockHttpServletRequest();
    peticion.setRemoteAddr(direccion);
    RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(peticion));
  }

  @Test
  void directorioCaidoEsNoDisponibleYAlVolverFuncionaSinCrearOtroDirectorio() {
    Directorio directorio = directorio(DirectorioDePrueba.GRUPOS_POR_ROL);
    assertThat(directorio.comprobarClave("carlos.huaman", CLAVE)).isTrue();
    LDAP.detener();
    try {
      assertThatThrownBy(() -> directorio.comprobarClave("carlos.huaman", CLAVE))
          .isInstanceOf(DirectorioNoDisponibleException.class)
          .hasMessageContaining("Directorio Activo");
      assertThatThrownBy(directorio::comprobarConexion)
          .isInstanceOf(DirectorioNoDisponibleException.class);
      ahora = ahora.plus(Duration.ofMinutes(1));
      assertThatThrownBy(directorio::usuarios).isInstanceOf(DirectorioNoDisponibleException.class);
    } finally {
      LDAP.reanudar();
    }
    assertThat(directorio.comprobarClave("carlos.huaman", CLAVE)).isTrue();
    assertThat(directorio.usuarios()).extracting(UsuarioDirectorio::id).contains("carlos.huaman");
  }

  @Test
  void laCuentaDeServicioRechazadaTambienEsNoDisponible() {
    DirectorioProperties base = ajustes(LDAP.url(), DirectorioDePrueba.GRUPOS_POR_ROL);
    Directorio directorio =
        new Directorio(
            new DirectorioProperties(
                base.url(),
                base.bindDn(),
                "errada",
                base.baseUsuarios(),
                base.baseGrupos(),
                base.atributoUsuario(),
                base.grupos(),
                base.vigencia(),
                base.espera(),
                3,
                base.ventanaIntentos()),
            () -> ahora);
    assertThatThrownBy(directorio::usuarios).isInstanceOf(DirectorioNoDisponibleException.class);
  }

  @Test
  void sinNadieEnElGrupoDeAdministracionElServicioNoInicia() {
    Map<String, String> grupos = new HashMap<>(DirectorioDePrueba.GRUPOS_POR_ROL);
    new AdministradorDirectorio(directorio(grupos)).comprobar();
    grupos.put("camunda-admin", "GG-NoExiste");
    assertThatThrownBy(() -> new AdministradorDirectorio(directorio(grupos)).comprobar())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("SOPORTE_LDAP_GRUPO_ADMIN");
  }

  @Test
  void conElDirectorioCaidoAlIniciarElServicioIniciaIgual() {
    Directorio directorio =
        new Directorio(
            ajustes("ldap://127.0.0.1:1", DirectorioDePrueba.GRUPOS_POR_ROL), () -> ahora);
    new AdministradorDirectorio(directorio).comprobar();
    assertThatThrownBy(directorio::usuarios).isInstanceOf(DirectorioNoDisponibleException.class);
  }
}
