package pe.gob.osce.soporte.seguridad;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.catalogo.Grupos;
import pe.gob.osce.soporte.comun.ArranqueExclusivo;

/**
 * Crea, si faltan, los grupos del contrato: los formularios y los modelos dependen de ellos. Con un
 * proveedor de identidad de solo lectura (perfil ldap) los grupos vienen del directorio y no se
 * crea nada.
 */
@Component
class GruposIniciales {

  private final IdentityService identidades;
  private final ArranqueExclusivo arranque;

  GruposIniciales(IdentityService identidades, ArranqueExclusivo arranque) {
    this.arranque = arranque;
    this.identidades = identidades;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(1)
  void crearGrupos() {
    arranque.ejecutar(this::crearGruposAhora);
  }

  private void crearGruposAhora() {
    if (identidades.isReadOnly()) {
      return;
    }
    for (String[] grupo : Grupos.TODOS) {
      if (identidades.createGroupQuery().groupId(grupo[0]).count() == 0) {
        Group nuevo = identidades.newGroup(grupo[0]);
        nuevo.setName(grupo[1]);
        nuevo.setType(Grupos.CAMUNDA_ADMIN.equals(grupo[0]) ? "SYSTEM" : "WORKFLOW");
        identidades.saveGroup(nuevo);
      }
    }
  }
}
