package pe.gob.osce.soporte.seguridad.directorio;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

/**
 * Plugin del motor (lo toma el starter de Spring Boot por ser un bean): cambia el proveedor de
 * identidad de la base de datos por el del directorio, de solo lectura. Camunda ya no escribe ni
 * lee ACT_ID_USER, ACT_ID_GROUP ni ACT_ID_MEMBERSHIP; las autorizaciones siguen en su tabla.
 */
class DirectorioPlugin extends AbstractProcessEnginePlugin implements SessionFactory {

  private final Directorio directorio;

  DirectorioPlugin(Directorio directorio) {
    this.directorio = directorio;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuracion) {
    configuracion.setIdentityProviderSessionFactory(this);
  }

  @Override
  public Class<?> getSessionType() {
    return ReadOnlyIdentityProvider.class;
  }

  @Override
  public Session openSession() {
    return new ProveedorIdentidadDirectorio(directorio);
  }
}
