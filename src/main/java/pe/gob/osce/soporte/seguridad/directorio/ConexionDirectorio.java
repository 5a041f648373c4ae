package pe.gob.osce.soporte.seguridad.directorio;

import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import javax.naming.AuthenticationException;
import javax.naming.CommunicationException;
import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.PartialResultException;
import javax.naming.ServiceUnavailableException;
import javax.naming.directory.Attributes;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * JNDI puro contra el directorio: cada operación abre su conexión y la cierra, sin pool. Así,
 * cuando el directorio vuelve después de una caída, la siguiente operación ya funciona sin
 * reiniciar el servicio. Las fallas de red, de tiempo y de la cuenta de servicio se vuelven {@link
 * DirectorioNoDisponibleException}; una clave errada de un usuario es solo {@code false}.
 */
class ConexionDirectorio {

  /** Una entrada leída: su DN completo y los atributos pedidos. */
  record Entrada(String dn, Attributes atributos) {}

  private final DirectorioProperties ajustes;

  ConexionDirectorio(DirectorioProperties ajustes) {
    this.ajustes = ajustes;
  }

  /** Busca con la cuenta de servicio; el filtro lleva {0}, {1}... que JNDI escapa. */
  List<Entrada> buscar(String base, String filtro, Object[] argumentos, String... atributos) {
    DirContext contexto = abrir(ajustes.bindDn(), ajustes.bindClave(), true);
    try {
      SearchControls controles = new SearchControls();
      controles.setSearchScope(SearchControls.SUBTREE_SCOPE);
      controles.setReturningAttributes(atributos);
      controles.setTimeLimit((int) ajustes.espera().toMillis());
      List<Entrada> entradas = new ArrayList<>();
      NamingEnumeration<SearchResult> resultados =
          contexto.search(base, filtro, argumentos, controles);
      try {
        while (resultados.hasMore()) {
          SearchResult resultado = resultados.next();
          entradas.add(new Entrada(resultado.getNameInNamespace(), resultado.getAttributes()));
        }
      } catch (PartialResultException referenciaIgnorada) {
        // El Directorio Activo agrega referencias a otras particiones (DomainDnsZones): no son
        // usuarios.
      } finally {
        resultados.close();
      }
      return entradas;
    } catch (NamingException e) {
      throw traducir(e);
    } finally {
      cerrar(contexto);
    }
  }

  /**
   * Lee solo la entrada base (una búsqueda mínima): responde si el directorio está y acepta la
   * cuenta de servicio.
   */
  void comprobar(String base) {
    DirContext contexto = abrir(ajustes.bindDn(), ajustes.bindClave(), true);
    try {
      contexto.getAttributes(base, new String[] {"objectClass"});
    } catch (NamingException e) {
      throw traducir(e);
    } finally {
      cerrar(contexto);
    }
  }

  /**
   * Pide al directorio que acepte el DN con esa clave (bind simple). Solo eso: no cambia nada en
   * él.
   */
  boolean aceptaClave(String dn, String clave) {
    try {
      cerrar(abrir(dn, clave, false));
      return true;
    } catch (ClaveRechazada e) {
      return false;
    }
  }

  private DirContext abrir(String dn, String clave, boolean cuentaDeServicio) {
    Hashtable<String, String> entorno = new Hashtable<>();
    entorno.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
    entorno.put(Context.PROVIDER_URL, ajustes.url());
    entorno.put(Context.SECURITY_AUTHENTICATION, "simple");
    entorno.put(Context.SECURITY_PRINCIPAL, dn);
    entorno.put(Context.SECURITY_CREDENTIALS, clave);
    entorno.put(Context.REFERRAL, "ignore");
    entorno.put("com.sun.jndi.ldap.connect.timeout", String.valueOf(ajustes.espera().toMillis()));
    entorno.put("com.sun.jndi.ldap.read.timeout", String.valueOf(ajustes.espera().toMillis()));
    try {
      return new InitialDirContext(entorno);
    } catch (AuthenticationException e) {
      if (cuentaDeServicio) {
        // La cuenta de servicio rechazada: ningún usuario podría entrar; es una falla del
        // despliegue.
        throw new DirectorioNoDisponibleException(
            new NamingException(
                "El directorio rechazó la cuenta de servicio SOPORTE_LDAP_BIND_DN: "
                    + e.getMessage()));
      }
      throw new ClaveRechazada();
    } catch (NamingException e) {
      throw traducir(e);
    }
  }

  private static RuntimeException traducir(NamingException e) {
    boolean caido =
        e instanceof CommunicationException
            || e instanceof ServiceUnavailableException
            || String.valueOf(e.getMessage()).contains("timed out");
    return caido
        ? new DirectorioNoDisponibleException(e)
        : new ProcessEngineException("El directorio respondió con un error: " + e.getMessage(), e);
  }

  private static void cerrar(DirContext contexto) {
    try {
      contexto.close();
    } catch (NamingException ignorada) {
      // Cerrar una conexión que ya se cortó no cambia nada.
    }
  }

  /** El directorio no aceptó la clave del usuario (o la cuenta está deshabilitada o vencida). */
  private static class ClaveRechazada extends RuntimeException {
    ClaveRechazada() {
      super(null, null, false, false);
    }
  }
}
