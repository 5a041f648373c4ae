package pe.gob.osce.soporte.comun;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Quién hace el paso: el usuario autenticado en Tasklist o en la API, o "sistema" (temporizadores,
 * jobs).
 */
@Component
public class UsuarioActual {

  public static final String SISTEMA = "sistema";

  private final IdentityService identityService;

  public UsuarioActual(IdentityService identityService) {
    this.identityService = identityService;
  }

  public String id() {
    Authentication autenticacion = identityService.getCurrentAuthentication();
    return autenticacion != null && autenticacion.getUserId() != null
        ? autenticacion.getUserId()
        : SISTEMA;
  }
}
