package pe.gob.osce.soporte.seguridad;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import pe.gob.osce.soporte.PruebaIntegracion;
import pe.gob.osce.soporte.catalogo.Grupos;

/**
 * La demo sigue con sus usuarios y grupos en las tablas de Camunda (el directorio es solo del
 * perfil ldap).
 */
class UsuariosDemoTest extends PruebaIntegracion {

  @Test
  void laDemoConservaSusUsuariosYGruposEnLaBase() {
    assertThat(identidades.isReadOnly()).isFalse();
    assertThat(identidades.checkPassword("asistente", UsuariosDemo.CLAVE)).isTrue();
    assertThat(identidades.createGroupQuery().groupMember("asistente").list())
        .extracting(Group::getId)
        .containsExactly(Grupos.MESA_AYUDA);
    assertThat(
            identidades
                .createGroupQuery()
                .groupIdIn(Grupos.TODOS.stream().map(g -> g[0]).toArray(String[]::new))
                .count())
        .isEqualTo(Grupos.TODOS.size());
  }
}
