package pe.gob.osce.soporte.seguridad;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.catalogo.Grupos;
import pe.gob.osce.soporte.comun.ArranqueExclusivo;

/** Usuarios de demostración (clave "demo"), solo en el perfil demo: nunca en producción. */
@Component
@Profile("demo")
class UsuariosDemo {

  static final String CLAVE = "demo";

  private record UsuarioDemo(String id, String nombre, String apellido, List<String> grupos) {}

  private static final List<UsuarioDemo> USUARIOS =
      List.of(
          new UsuarioDemo("asistente", "Ana", "Quispe Rojas", List.of(Grupos.MESA_AYUDA)),
          new UsuarioDemo("tecnico1", "Carlos", "Huamán Torres", List.of(Grupos.SOPORTE_TECNICO)),
          new UsuarioDemo("tecnico2", "Rosa", "Mamani Flores", List.of(Grupos.SOPORTE_TECNICO)),
          new UsuarioDemo("jefe.uast", "Jorge", "Salazar Vega", List.of(Grupos.JEFE_UAST)),
          new UsuarioDemo("jefe.oti", "María", "Torres Paredes", List.of(Grupos.JEFE_OTI)),
          new UsuarioDemo("analista", "Luis", "Cárdenas Ríos", List.of(Grupos.ANALISTAS)),
          new UsuarioDemo(
              "admin",
              "Administrador",
              "Soporte TI",
              Grupos.TODOS.stream().map(g -> g[0]).toList()));

  private final IdentityService identidades;
  private final ArranqueExclusivo arranque;

  UsuariosDemo(IdentityService identidades, ArranqueExclusivo arranque) {
    this.arranque = arranque;
    this.identidades = identidades;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(3)
  void crearUsuarios() {
    arranque.ejecutar(this::crearUsuariosAhora);
  }

  private void crearUsuariosAhora() {
    if (identidades.isReadOnly()) {
      return; // Usuarios de un directorio externo: la demo no escribe en él.
    }
    for (UsuarioDemo demo : USUARIOS) {
      if (identidades.createUserQuery().userId(demo.id()).count() > 0) {
        continue;
      }
      User usuario = identidades.newUser(demo.id());
      usuario.setFirstName(demo.nombre());
      usuario.setLastName(demo.apellido());
      usuario.setEmail(demo.id() + "@soporte.local");
      usuario.setPassword(CLAVE);
      identidades.saveUser(usuario);
      demo.grupos().forEach(grupo -> identidades.createMembership(demo.id(), grupo));
    }
  }
}
