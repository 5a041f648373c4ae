package pe.gob.osce.soporte.seguridad.directorio;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.NativeUserQuery;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import pe.gob.osce.soporte.catalogo.Grupos;
import pe.gob.osce.soporte.seguridad.directorio.Directorio.UsuarioDirectorio;

/**
 * Proveedor de identidad de solo lectura de Camunda (el punto de extensión documentado para
 * identidades externas): usuarios, grupos y claves salen del directorio. Los grupos que Camunda ve
 * son los roles del procedimiento con sus ids de siempre; así autorizaciones, filtros y formularios
 * no cambian. Como el proveedor de base de datos, solo muestra lo que el usuario actual puede leer.
 */
class ProveedorIdentidadDirectorio implements ReadOnlyIdentityProvider {

  /** Nombre visible de cada rol (el del grupo en la demo). */
  private static final Map<String, String> NOMBRES = nombres();

  private final Directorio directorio;

  ProveedorIdentidadDirectorio(Directorio directorio) {
    this.directorio = directorio;
  }

  @Override
  public User findUserById(String userId) {
    return usuarios((UserQueryImpl) createUserQuery(Context.getCommandContext()).userId(userId))
        .stream()
        .findFirst()
        .orElse(null);
  }

  @Override
  public UserQuery createUserQuery() {
    return new ConsultasDirectorio.Usuarios(
        Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
  }

  @Override
  public UserQuery createUserQuery(CommandContext commandContext) {
    return new ConsultasDirectorio.Usuarios();
  }

  @Override
  public NativeUserQuery createNativeUserQuery() {
    throw new BadUserRequestException(
        "Con el directorio activo no hay consultas SQL nativas de usuarios.");
  }

  @Override
  public boolean checkPassword(String userId, String password) {
    return directorio.comprobarClave(userId, password);
  }

  @Override
  public Group findGroupById(String groupId) {
    return grupos((GroupQueryImpl) createGroupQuery(Context.getCommandContext()).groupId(groupId))
        .stream()
        .findFirst()
        .orElse(null);
  }

  @Override
  public GroupQuery createGroupQuery() {
    return new ConsultasDirectorio.Grupos(
        Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
  }

  @Override
  public GroupQuery createGroupQuery(CommandContext commandContext) {
    return new ConsultasDirectorio.Grupos();
  }

  @Override
  public Tenant findTenantById(String tenantId) {
    return null;
  }

  @Override
  public TenantQuery createTenantQuery() {
    return new ConsultasDirectorio.Inquilinos(
        Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
  }

  @Override
  public TenantQuery createTenantQuery(CommandContext commandContext) {
    return new ConsultasDirectorio.Inquilinos();
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  List<User> usuarios(UserQueryImpl q) {
    if (q.getTenantId() != null) {
      return List.of();
    }
    return directorio.usuarios().stream()
        .filter(u -> q.getId() == null || q.getId().equals(u.id()))
        .filter(u -> q.getIds() == null || Arrays.asList(q.getIds()).contains(u.id()))
        .filter(u -> coincide(u.nombre(), q.getFirstName(), q.getFirstNameLike()))
        .filter(u -> coincide(u.apellido(), q.getLastName(), q.getLastNameLike()))
        .filter(u -> coincide(u.correo(), q.getEmail(), q.getEmailLike()))
        .filter(u -> q.getGroupId() == null || u.roles().contains(q.getGroupId()))
        .filter(u -> puedeLeer(Resources.USER, u.id()))
        .sorted(
            orden(
                q.getOrderingProperties(),
                Map.of(
                    "FIRST_",
                    UsuarioDirectorio::nombre,
                    "LAST_",
                    UsuarioDirectorio::apellido,
                    "EMAIL_",
                    UsuarioDirectorio::correo),
                UsuarioDirectorio::id))
        .map(ProveedorIdentidadDirectorio::entidad)
        .toList();
  }

  List<Group> grupos(GroupQueryImpl q) {
    if (q.getTenantId() != null) {
      return List.of();
    }
    Set<String> delUsuario =
        q.getUserId() == null
            ? null
            : directorio.usuarios().stream()
                .filter(u -> u.id().equals(q.getUserId()))
                .findFirst()
                .map(UsuarioDirectorio::roles)
                .orElse(Set.of());
    return directorio.roles().stream()
        .filter(id -> q.getId() == null || q.getId().equals(id))
        .filter(id -> q.getIds() == null || Arrays.asList(q.getIds()).contains(id))
        .filter(id -> coincide(nombre(id), q.getName(), q.getNameLike()))
        .filter(id -> q.getType() == null || q.getType().equals(tipo(id)))
        .filter(id -> delUsuario == null || delUsuario.contains(id))
        .filter(id -> puedeLeer(Resources.GROUP, id))
        .sorted(
            orden(
                q.getOrderingProperties(),
                Map.of(
                    "NAME_",
                    ProveedorIdentidadDirectorio::nombre,
                    "TYPE_",
                    ProveedorIdentidadDirectorio::tipo),
                Function.identity()))
        .map(ProveedorIdentidadDirectorio::grupo)
        .toList();
  }

  private static boolean puedeLeer(Resource recurso, String id) {
    CommandContext contexto = Context.getCommandContext();
    return contexto == null
        || contexto.getAuthorizationManager().isAuthorized(Permissions.READ, recurso, id);
  }

  /**
   * Igual a {@code exacto} y parecido al patrón SQL {@code parecido} (% y _), sin distinguir
   * mayúsculas.
   */
  private static boolean coincide(String valor, String exacto, String parecido) {
    if (exacto != null && !exacto.equals(valor)) {
      return false;
    }
    if (parecido == null) {
      return true;
    }
    String regex =
        Arrays.stream(parecido.split("", -1))
            .map(
                c ->
                    switch (c) {
                      case "%" -> ".*";
                      case "_" -> ".";
                      default -> Pattern.quote(c);
                    })
            .reduce("", String::concat);
    return valor != null
        && Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.DOTALL)
            .matcher(valor)
            .matches();
  }

  private static <T> Comparator<T> orden(
      List<QueryOrderingProperty> propiedades,
      Map<String, Function<T, String>> campos,
      Function<T, String> id) {
    Comparator<T> comparador = null;
    for (QueryOrderingProperty propiedad : propiedades) {
      Function<T, String> campo = campos.getOrDefault(propiedad.getQueryProperty().getName(), id);
      Comparator<T> uno =
          Comparator.comparing(campo, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER));
      if (propiedad.getDirection() != null && "desc".equals(propiedad.getDirection().getName())) {
        uno = uno.reversed();
      }
      comparador = comparador == null ? uno : comparador.thenComparing(uno);
    }
    Comparator<T> porId = Comparator.comparing(id);
    return comparador == null ? porId : comparador.thenComparing(porId);
  }

  private static User entidad(UsuarioDirectorio u) {
    UserEntity usuario = new UserEntity(u.id());
    usuario.setFirstName(u.nombre());
    usuario.setLastName(u.apellido());
    usuario.setEmail(u.correo());
    return usuario;
  }

  private static Group grupo(String id) {
    GroupEntity grupo = new GroupEntity(id);
    grupo.setName(nombre(id));
    grupo.setType(tipo(id));
    return grupo;
  }

  private static String nombre(String id) {
    return NOMBRES.getOrDefault(id, id);
  }

  private static String tipo(String id) {
    return Grupos.CAMUNDA_ADMIN.equals(id) ? "SYSTEM" : "WORKFLOW";
  }

  private static Map<String, String> nombres() {
    Map<String, String> nombres = new HashMap<>();
    Grupos.TODOS.forEach(g -> nombres.put(g[0], g[1]));
    nombres.putIfAbsent(DirectorioConfig.ANALISTAS, "Analistas de procesos");
    return nombres;
  }
}
