package pe.gob.osce.soporte.seguridad.directorio;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSimpleBindRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.test.util.TestSocketUtils;

/**
 * Un directorio LDAP real (UnboundID en memoria) con la forma del Directorio Activo de la entidad:
 * sAMAccountName, memberOf en usuarios y grupos y member en los grupos, OU anidadas, una persona en
 * dos grupos, un grupo dentro de otro, una cuenta deshabilitada (userAccountControl 514) y otra sin
 * rol. Cuenta los bind de cada DN para probar que una clave errada no se le prueba al directorio
 * sin límite.
 */
public final class DirectorioDePrueba {

  public static final String BASE = "DC=osce,DC=gob,DC=pe";
  public static final String USUARIOS = "OU=Usuarios,OU=OSCE," + BASE;
  public static final String GRUPOS = "OU=Grupos,OU=OSCE," + BASE;
  public static final String SERVICIO = "CN=svc-soporte,OU=Servicios," + BASE;
  public static final String CLAVE_SERVICIO = "Servicio.2026";
  public static final String CLAVE = "Clave.Directorio1";

  /**
   * cn de cada rol en este directorio (como los nombraría la OTI, distintos de los ids de Camunda).
   */
  public static final Map<String, String> GRUPOS_POR_ROL =
      Map.of(
          "mesa-ayuda",
          "GG-UAST-MesaAyuda",
          "soporte-tecnico",
          "GG-UAST-SoporteTecnico",
          "jefe-uast",
          "GG-UAST-Jefatura",
          "jefe-oti",
          "GG-OTI-Jefatura",
          "camunda-admin",
          "GG-OTI-AdminCamunda",
          "analistas",
          "GG-OTI-Analistas");

  private final InMemoryDirectoryServer servidor;
  private final Map<String, Integer> binds = new ConcurrentHashMap<>();
  private final int puerto = TestSocketUtils.findAvailableTcpPort();

  public DirectorioDePrueba() {
    try {
      InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
      config.setSchema(
          null); // Atributos del Directorio Activo (sAMAccountName, memberOf) sin su esquema.
      config.setListenerConfigs(
          InMemoryListenerConfig.createLDAPConfig(
              "LDAP", InetAddress.getLoopbackAddress(), puerto, null));
      config.addInMemoryOperationInterceptor(
          new InMemoryOperationInterceptor() {
            @Override
            public void processSimpleBindRequest(InMemoryInterceptedSimpleBindRequest pedido) {
              binds.merge(pedido.getRequest().getBindDN().toLowerCase(), 1, Integer::sum);
            }
          });
      servidor = new InMemoryDirectoryServer(config);
      cargar();
      servidor.startListening();
    } catch (LDAPException e) {
      throw new IllegalStateException(e);
    }
  }

  public String url() {
    return "ldap://127.0.0.1:" + puerto;
  }

  /** Apaga el directorio: las conexiones abiertas se cortan y el puerto deja de escuchar. */
  public void detener() {
    servidor.shutDown(true);
  }

  /** Lo vuelve a encender en el mismo puerto, con los mismos datos. */
  public void reanudar() {
    try {
      servidor.startListening();
    } catch (LDAPException e) {
      throw new IllegalStateException(e);
    }
  }

  public int bindsDe(String dn) {
    return binds.getOrDefault(dn.toLowerCase(), 0);
  }

  public static String dnUsuario(String ou, String cn) {
    return "CN=" + cn + ",OU=" + ou + "," + USUARIOS;
  }

  private void cargar() throws LDAPException {
    servidor.add(new Entry(BASE, List.of(atr("objectClass", "top", "domain"), atr("dc", "osce"))));
    for (String ou :
        List.of(
            "OU=OSCE," + BASE,
            USUARIOS,
            GRUPOS,
            "OU=UAST," + USUARIOS,
            "OU=OTI," + USUARIOS,
            "OU=Servicios," + BASE)) {
      servidor.add(new Entry(ou, List.of(atr("objectClass", "top", "organizationalUnit"))));
    }
    servidor.add(
        new Entry(
            SERVICIO,
            List.of(
                atr("objectClass", "top", "person", "user"),
                atr("sAMAccountName", "svc-soporte"),
                atr("userPassword", CLAVE_SERVICIO))));
    GRUPOS_POR_ROL.values().forEach(cn -> grupo(cn));
    grupo("GG-Otros");
    // Grupo anidado: los técnicos de la sede están dentro del grupo de soporte técnico.
    grupo("GG-UAST-TecnicosSede", "GG-UAST-SoporteTecnico");
    usuario(
        "UAST",
        "Ana Quispe",
        "ana.quispe",
        "Ana",
        "Quispe Rojas",
        512,
        "GG-UAST-MesaAyuda",
        "GG-UAST-Jefatura");
    usuario(
        "UAST",
        "Carlos Huaman",
        "carlos.huaman",
        "Carlos",
        "Huamán Torres",
        512,
        "GG-UAST-SoporteTecnico");
    usuario(
        "UAST", "Rosa Mamani", "rosa.mamani", "Rosa", "Mamani Flores", 512, "GG-UAST-TecnicosSede");
    usuario(
        "UAST", "Pedro Salas", "pedro.salas", "Pedro", "Salas Díaz", 514, "GG-UAST-SoporteTecnico");
    usuario(
        "OTI", "Maria Torres", "maria.torres", "María", "Torres Paredes", 512, "GG-OTI-Jefatura");
    usuario(
        "OTI",
        "Admin Soporte",
        "adm.soporte",
        "Administración",
        "Soporte TI",
        66048,
        "GG-OTI-AdminCamunda");
    usuario("OTI", "Luis Vega", "luis.vega", "Luis", "Vega Ramos", 512, "GG-Otros");
  }

  private void grupo(String cn, String... dentroDe) {
    try {
      Entry grupo =
          new Entry(
              "CN=" + cn + "," + GRUPOS,
              List.of(atr("objectClass", "top", "group"), atr("cn", cn)));
      for (String padre : dentroDe) {
        grupo.addAttribute("memberOf", "CN=" + padre + "," + GRUPOS);
      }
      servidor.add(grupo);
      for (String padre : dentroDe) {
        miembro(padre, grupo.getDN());
      }
    } catch (LDAPException e) {
      throw new IllegalStateException(e);
    }
  }

  private void usuario(
      String ou,
      String cn,
      String cuenta,
      String nombre,
      String apellido,
      int control,
      String... grupos)
      throws LDAPException {
    Entry usuario =
        new Entry(
            dnUsuario(ou, cn),
            List.of(
                atr("objectClass", "top", "person", "organizationalPerson", "user"),
                atr("cn", cn),
                atr("sAMAccountName", cuenta),
                atr("givenName", nombre),
                atr("sn", apellido),
                atr("mail", cuenta + "@osce.gob.pe"),
                atr("userAccountControl", String.valueOf(control)),
                atr("userPassword", CLAVE)));
    for (String grupo : grupos) {
      usuario.addAttribute("memberOf", "CN=" + grupo + "," + GRUPOS);
    }
    servidor.add(usuario);
    for (String grupo : grupos) {
      miembro(grupo, usuario.getDN());
    }
  }

  /**
   * Como en el Directorio Activo, el grupo también nombra a sus miembros (member), no solo el
   * miembro a su grupo.
   */
  private void miembro(String grupo, String dn) throws LDAPException {
    servidor.modify(
        "CN=" + grupo + "," + GRUPOS, new Modification(ModificationType.ADD, "member", dn));
  }

  private static com.unboundid.ldap.sdk.Attribute atr(String nombre, String... valores) {
    return new com.unboundid.ldap.sdk.Attribute(nombre, valores);
  }
}
