package pe.gob.osce.soporte.seguridad;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import pe.gob.osce.soporte.PruebaIntegracion;
import pe.gob.osce.soporte.catalogo.Grupos;
import pe.gob.osce.soporte.catalogo.Servicio;
import pe.gob.osce.soporte.ticket.EscenarioTicket;

/**
 * Cada grupo ve y hace lo que el procedimiento le asigna, por la API REST de Camunda como en
 * Tasklist.
 */
class AutorizacionesTest extends PruebaIntegracion {

  private static final ParameterizedTypeReference<List<Map<String, Object>>> LISTA =
      new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate http;
  @Autowired AuthorizationService autorizaciones;
  @Autowired ProcessEngine motor;

  private List<Map<String, Object>> leer(String usuario, String ruta) {
    return http.withBasicAuth(usuario, "demo")
        .exchange(ruta, HttpMethod.GET, null, LISTA)
        .getBody();
  }

  private String nuevoTicket() {
    Map<?, ?> creado = EscenarioTicket.registrarPorApi(http, Servicio.TECLADO, "Teclas pegadas");
    return (String) creado.get("codigo");
  }

  @Test
  void laMesaDeAyudaSoloIniciaTicketsYLaJefaturaUastLaConsolidacion() {
    // Lo que Tasklist ofrece en "Start process": solo lo que el grupo puede iniciar.
    String iniciables =
        "/engine-rest/process-definition?latestVersion=true&startablePermissionCheck=true";
    assertThat(leer("asistente", iniciables))
        .extracting(d -> d.get("key"))
        .containsExactlyInAnyOrder(
            "atencionTicket", "bajaBienes", "mantenimientoEquipos", "reportarErrorProveedor");
    assertThat(leer("tecnico1", iniciables))
        .extracting(d -> d.get("key"))
        .containsExactlyInAnyOrder("cicloVidaEquipo", "reportarErrorProveedor");
    assertThat(
            http.withBasicAuth("asistente", "demo")
                .exchange(
                    "/engine-rest/process-definition/key/consolidacionPatrimonio/start",
                    HttpMethod.POST,
                    new HttpEntity<>(Map.of()),
                    String.class)
                .getStatusCode())
        .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    assertThat(leer("jefe.uast", iniciables))
        .extracting(d -> d.get("key"))
        .containsExactly("consolidacionPatrimonio");
    // Todos leen las definiciones: Tasklist muestra el nombre del proceso junto a cada tarea.
    assertThat(leer("tecnico1", "/engine-rest/process-definition?latestVersion=true")).hasSize(8);
  }

  @Test
  void cadaQuienVeSusTareasYLaJefaturaDeOtiVeTodasLasInstancias() {
    String codigo = nuevoTicket();
    String porCodigo = "/engine-rest/task?processInstanceBusinessKey=" + codigo;
    assertThat(leer("asistente", porCodigo))
        .singleElement()
        .satisfies(t -> assertThat(t.get("taskDefinitionKey")).isEqualTo("A02_AsignarTecnico"));
    assertThat(leer("tecnico1", porCodigo)).isEmpty();
    assertThat(leer("jefe.oti", "/engine-rest/process-instance?businessKey=" + codigo)).hasSize(1);
    assertThat(leer("tecnico1", "/engine-rest/process-instance?businessKey=" + codigo)).isEmpty();
  }

  @Test
  void lasConsultasDeTareasCompruebanElPermisoTareaPorTarea() {
    // Issue 14 (application.yaml): con "auto" la consulta de tareas une cada tarea con cada
    // autorización y en PostgreSQL crece con el cuadrado de las tareas abiertas de un grupo.
    var configuracion = (ProcessEngineConfigurationImpl) motor.getProcessEngineConfiguration();
    assertThat(configuracion.getAuthorizationCheckRevokes()).isEqualTo("always");
  }

  @Test
  void lasJefaturasVenLaTablaDeMetasDelIndicador() {
    String metas = "/engine-rest/decision-definition?latestVersion=true&key=metaAtencion";
    assertThat(leer("jefe.oti", metas)).hasSize(1);
    assertThat(leer("jefe.uast", metas)).hasSize(1);
    assertThat(leer("tecnico1", metas)).isEmpty();
  }

  @Test
  void cockpitEsDeLasJefaturasYAdminDeLosAdministradores() {
    assertThat(acceso("asistente", List.of(Grupos.MESA_AYUDA), "tasklist")).isTrue();
    assertThat(acceso("asistente", List.of(Grupos.MESA_AYUDA), "cockpit")).isFalse();
    assertThat(acceso("jefe.oti", List.of(Grupos.JEFE_OTI), "cockpit")).isTrue();
    assertThat(acceso("jefe.oti", List.of(Grupos.JEFE_OTI), "admin")).isFalse();
    assertThat(acceso("admin", List.of(Grupos.CAMUNDA_ADMIN), "admin")).isTrue();
  }

  private boolean acceso(String usuario, List<String> grupos, String aplicacion) {
    return autorizaciones.isUserAuthorized(
        usuario, grupos, Permissions.ACCESS, Resources.APPLICATION, aplicacion);
  }
}
