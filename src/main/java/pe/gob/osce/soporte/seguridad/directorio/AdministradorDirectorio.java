package pe.gob.osce.soporte.seguridad.directorio;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.catalogo.Grupos;

/**
 * En el perfil ldap el administrador de producción es quien esté en el grupo del directorio
 * configurado para camunda-admin (SOPORTE_LDAP_GRUPO_ADMIN): no se crea ningún usuario en la base.
 * Sin nadie habilitado en ese grupo el servicio no inicia. Si el directorio no responde al iniciar,
 * el servicio inicia igual (se recupera solo cuando el directorio vuelve) y lo deja en el registro.
 */
@Component
@Profile("ldap")
class AdministradorDirectorio {

  private static final Logger LOG = LoggerFactory.getLogger(AdministradorDirectorio.class);

  private final Directorio directorio;

  AdministradorDirectorio(Directorio directorio) {
    this.directorio = directorio;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void comprobar() {
    long administradores;
    try {
      administradores =
          directorio.usuarios().stream()
              .filter(u -> u.roles().contains(Grupos.CAMUNDA_ADMIN))
              .count();
    } catch (RuntimeException e) {
      if (!DirectorioNoDisponibleException.esCausa(e)) {
        throw e;
      }
      LOG.warn(
          "El directorio no responde al iniciar; el administrador se comprobará cuando vuelva: {}",
          e.getMessage());
      return;
    }
    if (administradores == 0) {
      throw new IllegalStateException(
          "Ninguna cuenta habilitada del directorio está en el grupo de administración "
              + "(SOPORTE_LDAP_GRUPO_ADMIN, cn del grupo para camunda-admin): sin administrador el servicio no inicia.");
    }
    LOG.info("Administradores desde el directorio: {}", administradores);
  }
}
