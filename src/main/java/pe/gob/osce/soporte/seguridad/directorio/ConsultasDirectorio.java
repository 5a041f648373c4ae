package pe.gob.osce.soporte.seguridad.directorio;

import java.util.List;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.TenantQueryImpl;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.db.ListQueryParameterObject;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/**
 * Las consultas de usuarios, grupos e inquilinos de Camunda respondidas por el directorio: Camunda
 * arma el criterio (userId, memberOfGroup, groupMember, orden, página) y el proveedor lo resuelve.
 */
final class ConsultasDirectorio {

  private ConsultasDirectorio() {}

  static ProveedorIdentidadDirectorio proveedor(CommandContext contexto) {
    return (ProveedorIdentidadDirectorio) contexto.getReadOnlyIdentityProvider();
  }

  /**
   * La página pedida: listPage la deja en la consulta misma (firstResult, maxResults), no siempre
   * en {@code pagina}.
   */
  static <T> List<T> pagina(List<T> todos, Page pagina, ListQueryParameterObject consulta) {
    int primero = pagina != null ? pagina.getFirstResult() : consulta.getFirstResult();
    int maximo = pagina != null ? pagina.getMaxResults() : consulta.getMaxResults();
    int desde = Math.min(Math.max(primero, 0), todos.size());
    long hasta = Math.min((long) desde + Math.max(maximo, 0), todos.size());
    return todos.subList(desde, (int) hasta);
  }

  static class Usuarios extends UserQueryImpl {

    Usuarios() {}

    Usuarios(CommandExecutor ejecutor) {
      super(ejecutor);
    }

    @Override
    public long executeCount(CommandContext contexto) {
      return proveedor(contexto).usuarios(this).size();
    }

    @Override
    public List<User> executeList(CommandContext contexto, Page pagina) {
      return pagina(proveedor(contexto).usuarios(this), pagina, this);
    }
  }

  static class Grupos extends GroupQueryImpl {

    Grupos() {}

    Grupos(CommandExecutor ejecutor) {
      super(ejecutor);
    }

    @Override
    public long executeCount(CommandContext contexto) {
      return proveedor(contexto).grupos(this).size();
    }

    @Override
    public List<Group> executeList(CommandContext contexto, Page pagina) {
      return pagina(proveedor(contexto).grupos(this), pagina, this);
    }
  }

  /** El servicio no usa inquilinos (tenants): ninguno. */
  static class Inquilinos extends TenantQueryImpl {

    Inquilinos() {}

    Inquilinos(CommandExecutor ejecutor) {
      super(ejecutor);
    }

    @Override
    public long executeCount(CommandContext contexto) {
      return 0;
    }

    @Override
    public List<Tenant> executeList(CommandContext contexto, Page pagina) {
      return List.of();
    }
  }
}
