package pe.gob.osce.soporte.seguridad.directorio;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.naming.InvalidNameException;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.ldap.LdapName;
import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import pe.gob.osce.soporte.seguridad.directorio.ConexionDirectorio.Entrada;

/**
 * Usuarios y roles del procedimiento tal como los dice el directorio. Un rol es el grupo del
 * directorio configurado para él más los grupos anidados dentro (memberOf de los grupos); un
 * usuario existe para Camunda si su cuenta está habilitada (bit 2 de userAccountControl apagado) y
 * pertenece a algún rol. Lo leído se reutiliza durante {@code vigencia}; la clave se comprueba
 * siempre en el directorio.
 */
class Directorio {

  /** Una persona del directorio con los roles (ids de grupo de Camunda) que le tocan. */
  public record UsuarioDirectorio(
      String id, String dn, String nombre, String apellido, String correo, Set<String> roles) {}

  private record Instantanea(
      List<UsuarioDirectorio> usuarios, Map<LdapName, Set<String>> rolesPorGrupo, Instant leida) {}

  private static final Logger LOG = LoggerFactory.getLogger(Directorio.class);
  private static final int CUENTA_DESHABILITADA = 0x2;

  private final DirectorioProperties ajustes;
  private final ConexionDirectorio conexion;
  private final IntentosFallidos intentos;
  private final Supplier<Instant> reloj;
  private volatile Instantanea instantanea;

  Directorio(DirectorioProperties ajustes, Supplier<Instant> reloj) {
    this.ajustes = ajustes;
    this.conexion = new ConexionDirectorio(ajustes);
    this.intentos =
        new IntentosFallidos(ajustes.intentosFallidos(), ajustes.ventanaIntentos(), reloj);
    this.reloj = reloj;
  }

  /** Los usuarios habilitados que tienen algún rol, ordenados por id. */
  public List<UsuarioDirectorio> usuarios() {
    return vigente().usuarios();
  }

  /** Los ids de rol configurados (los grupos que Camunda ve). */
  public Set<String> roles() {
    return new TreeSet<>(ajustes.grupos().keySet());
  }

  /** Pregunta al directorio si acepta la clave; un usuario deshabilitado o sin rol no entra. */
  public boolean comprobarClave(String id, String clave) {
    if (id == null || id.isBlank() || clave == null || clave.isEmpty()) {
      return false; // Un bind con clave vacía es anónimo y el directorio lo "acepta": nunca se
      // intenta.
    }
    String direccion = direccionCliente();
    if (!intentos.sePuedeProbar(id, direccion)) {
      LOG.warn(
          "Clave de «{}» desde {} no probada en el directorio: {} fallos seguidos en la ventana",
          id,
          direccion,
          ajustes.intentosFallidos());
      return false;
    }
    Optional<UsuarioDirectorio> usuario = buscarAhora(id);
    if (usuario.isEmpty()) {
      return false;
    }
    boolean aceptada = conexion.aceptaClave(usuario.get().dn(), clave);
    intentos.registrar(id, direccion, aceptada);
    return aceptada;
  }

  /** La dirección de quien pide entrar (la petición en curso); vacía fuera de una petición HTTP. */
  private static String direccionCliente() {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes peticion
        ? peticion.getRequest().getRemoteAddr()
        : "";
  }

  /**
   * Comprueba que el directorio responde con la cuenta de servicio; si no, {@link
   * DirectorioNoDisponibleException}.
   */
  public void comprobarConexion() {
    conexion.comprobar(ajustes.baseGrupos());
  }

  private Optional<UsuarioDirectorio> buscarAhora(String id) {
    Map<LdapName, Set<String>> rolesPorGrupo = vigente().rolesPorGrupo();
    return conexion
        .buscar(
            ajustes.baseUsuarios(),
            "(&(objectClass=user)(" + ajustes.atributoUsuario() + "={0}))",
            new Object[] {id},
            atributos())
        .stream()
        .map(entrada -> usuario(entrada, rolesPorGrupo))
        .filter(Objects::nonNull)
        .filter(u -> u.id().equals(id))
        .findFirst();
  }

  private synchronized Instantanea vigente() {
    Instantanea actual = instantanea;
    if (actual == null || !actual.leida().plus(ajustes.vigencia()).isAfter(reloj.get())) {
      actual = leer();
      instantanea = actual;
    }
    return actual;
  }

  private Instantanea leer() {
    Map<LdapName, Set<String>> rolesPorGrupo = new HashMap<>();
    ajustes
        .grupos()
        .forEach(
            (rol, cn) -> {
              List<Entrada> grupos =
                  conexion.buscar(
                      ajustes.baseGrupos(),
                      "(&(objectClass=group)(cn={0}))",
                      new Object[] {cn},
                      "cn");
              if (grupos.isEmpty()) {
                LOG.warn(
                    "El grupo «{}» del rol {} no está en {}: nadie tiene ese rol",
                    cn,
                    rol,
                    ajustes.baseGrupos());
              }
              grupos.forEach(grupo -> anidar(nombre(grupo.dn()), rol, rolesPorGrupo));
            });
    List<UsuarioDirectorio> usuarios = List.of();
    if (!rolesPorGrupo.isEmpty()) {
      List<String> dns = rolesPorGrupo.keySet().stream().map(LdapName::toString).toList();
      String filtro =
          "(&(objectClass=user)(|"
              + IntStream.range(0, dns.size())
                  .mapToObj(i -> "(memberOf={" + i + "})")
                  .collect(Collectors.joining())
              + "))";
      usuarios =
          conexion.buscar(ajustes.baseUsuarios(), filtro, dns.toArray(), atributos()).stream()
              .map(entrada -> usuario(entrada, rolesPorGrupo))
              .filter(Objects::nonNull)
              .sorted((a, b) -> a.id().compareTo(b.id()))
              .toList();
    }
    return new Instantanea(usuarios, Collections.unmodifiableMap(rolesPorGrupo), reloj.get());
  }

  /**
   * El grupo del rol y todos los que están dentro de él, a cualquier profundidad (sin repetir
   * ciclos).
   */
  private void anidar(LdapName raiz, String rol, Map<LdapName, Set<String>> rolesPorGrupo) {
    Deque<LdapName> pendientes = new ArrayDeque<>(List.of(raiz));
    while (!pendientes.isEmpty()) {
      LdapName grupo = pendientes.pop();
      if (rolesPorGrupo.computeIfAbsent(grupo, g -> new HashSet<>()).add(rol)) {
        conexion
            .buscar(
                ajustes.baseGrupos(),
                "(&(objectClass=group)(memberOf={0}))",
                new Object[] {grupo.toString()},
                "cn")
            .forEach(hijo -> pendientes.push(nombre(hijo.dn())));
      }
    }
  }

  private UsuarioDirectorio usuario(Entrada entrada, Map<LdapName, Set<String>> rolesPorGrupo) {
    Attributes a = entrada.atributos();
    String id = texto(a, ajustes.atributoUsuario());
    String control = texto(a, "userAccountControl");
    if (id == null
        || (control != null && (Long.parseLong(control.trim()) & CUENTA_DESHABILITADA) != 0)) {
      return null;
    }
    Set<String> roles = new TreeSet<>();
    for (String grupo : valores(a, "memberOf")) {
      roles.addAll(rolesPorGrupo.getOrDefault(nombre(grupo), Set.of()));
    }
    if (roles.isEmpty()) {
      return null;
    }
    String apellido =
        Optional.ofNullable(texto(a, "sn"))
            .orElse(Optional.ofNullable(texto(a, "displayName")).orElse(id));
    return new UsuarioDirectorio(
        id,
        entrada.dn(),
        Objects.toString(texto(a, "givenName"), ""),
        apellido,
        texto(a, "mail"),
        Set.copyOf(roles));
  }

  private String[] atributos() {
    return new String[] {
      ajustes.atributoUsuario(),
      "givenName",
      "sn",
      "displayName",
      "mail",
      "userAccountControl",
      "memberOf"
    };
  }

  private static String texto(Attributes atributos, String nombre) {
    List<String> valores = valores(atributos, nombre);
    return valores.isEmpty() ? null : valores.get(0);
  }

  private static List<String> valores(Attributes atributos, String nombre) {
    Attribute atributo = atributos.get(nombre);
    if (atributo == null) {
      return List.of();
    }
    try {
      return Collections.list(atributo.getAll()).stream().map(String::valueOf).toList();
    } catch (NamingException e) {
      throw new ProcessEngineException("Atributo ilegible del directorio: " + nombre, e);
    }
  }

  private static LdapName nombre(String dn) {
    try {
      return new LdapName(dn);
    } catch (InvalidNameException e) {
      throw new ProcessEngineException("DN inválido en el directorio: " + dn, e);
    }
  }
}
