package pe.gob.osce.soporte.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import pe.gob.osce.soporte.PruebaIntegracion;
import pe.gob.osce.soporte.catalogo.Servicio;
import pe.gob.osce.soporte.equipo.CicloVidaEquipoAdapter;
import pe.gob.osce.soporte.equipo.NuevoEquipo;
import pe.gob.osce.soporte.equipo.RegistroEquipos;
import pe.gob.osce.soporte.ticket.EscenarioTicket;

/**
 * Los filtros de cada rol y los nombres y vencimientos de las tareas, como los ve Tasklist por
 * /engine-rest.
 */
class TasklistPorRolTest extends PruebaIntegracion {

  private static final ParameterizedTypeReference<List<Map<String, Object>>> LISTA =
      new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate http;
  @Autowired FiltrosIniciales filtrosIniciales;
  @Autowired FilterService filtros;
  @Autowired AuthorizationService autorizaciones;
  @Autowired TaskService tareas;
  @Autowired RegistroEquipos equipos;
  @Autowired CicloVidaEquipoAdapter cicloVida;

  private List<Map<String, Object>> leer(String usuario, String ruta) {
    return http.withBasicAuth(usuario, "demo")
        .exchange(ruta, HttpMethod.GET, null, LISTA)
        .getBody();
  }

  private List<Object> filtrosDe(String usuario) {
    return leer(usuario, "/engine-rest/filter?resourceType=Task").stream()
        .map(f -> f.get("name"))
        .toList();
  }

  private String nuevoTicket(String asunto) {
    Map<?, ?> creado = EscenarioTicket.registrarPorApi(http, Servicio.IMPRESORA, asunto);
    return (String) creado.get("codigo");
  }

  @Test
  void cadaRolVeSusFiltros() {
    assertThat(filtrosDe("asistente"))
        .containsExactlyInAnyOrder("Mis tareas", "Por asignar – Mesa de Ayuda", "Vencen hoy");
    assertThat(filtrosDe("tecnico1"))
        .containsExactlyInAnyOrder("Mis tareas", "Soporte técnico", "Vencen hoy");
    assertThat(filtrosDe("jefe.uast"))
        .containsExactlyInAnyOrder(
            "Mis tareas",
            "Por asignar – Mesa de Ayuda",
            "Soporte técnico",
            "Jefatura UAST",
            "Vencen hoy",
            "Vencen hoy – toda la unidad");
    assertThat(filtrosDe("jefe.oti"))
        .containsExactlyInAnyOrder(
            "Mis tareas", "Jefatura OTI", "Vencen hoy", "Vencen hoy – toda la unidad");
    assertThat(filtrosDe("admin"))
        .contains("Todas las tareas", "Jefatura OTI", "Por asignar – Mesa de Ayuda");
  }

  @Test
  void alReiniciarNoSeRepitenFiltrosNiPermisos() {
    long antes = filtros.createFilterQuery().count();
    long permisos = autorizaciones.createAuthorizationQuery().count();
    filtrosIniciales.crearFiltros();
    assertThat(filtros.createFilterQuery().count()).isEqualTo(antes);
    assertThat(autorizaciones.createAuthorizationQuery().count()).isEqualTo(permisos);
  }

  @Test
  void dosNodosQueArrancanJuntosCreanCadaFiltroUnaSolaVez() throws Exception {
    filtros.deleteFilter(
        filtros.createFilterQuery().filterName(FiltrosIniciales.VENCEN_HOY).singleResult().getId());
    ExecutorService nodos = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Void>> arranques =
          java.util.Collections.nCopies(
              4,
              () -> {
                filtrosIniciales.crearFiltros();
                return null;
              });
      for (Future<Void> arranque : nodos.invokeAll(arranques)) {
        arranque.get();
      }
    } finally {
      nodos.shutdown();
    }
    assertThat(filtros.createFilterQuery().filterName(FiltrosIniciales.VENCEN_HOY).count())
        .isEqualTo(1);
  }

  @Test
  void laTareaDiceQueYParaQueTicketYVenceSegunLaConfiguracion() {
    Instant antes = Instant.now().minusSeconds(1);
    String codigo = nuevoTicket("Impresora atasca papel");
    Task tarea = tareas.createTaskQuery().processInstanceBusinessKey(codigo).singleResult();

    assertThat(tarea.getName())
        .isEqualTo("02 Asignar técnico · " + codigo + " · Impresora atasca papel");
    assertThat(tarea.getTaskDefinitionKey()).isEqualTo("A02_AsignarTecnico");
    // application.yaml: A02_AsignarTecnico vence a las 2 horas.
    assertThat(tarea.getDueDate().toInstant())
        .isBetween(antes.plus(Duration.ofHours(2)), Instant.now().plus(Duration.ofHours(2)));

    String porAsignar =
        filtros
            .createFilterQuery()
            .filterName("Por asignar – Mesa de Ayuda")
            .singleResult()
            .getId();
    assertThat(leer("asistente", "/engine-rest/filter/" + porAsignar + "/list?maxResults=1000"))
        .extracting(t -> t.get("name"))
        .contains(tarea.getName());
  }

  @Test
  void venceHoyReuneLasAtrasadasYNoLasDeOtroDia() {
    String atrasada = tareaDeTicket("Monitor parpadea");
    String manana = tareaDeTicket("Mouse no responde");
    tareas.setDueDate(atrasada, Date.from(Instant.now().minus(Duration.ofHours(1))));
    tareas.setDueDate(manana, Date.from(Instant.now().plus(Duration.ofDays(2))));

    assertThat(ids("asistente", idFiltro(FiltrosIniciales.VENCEN_HOY)))
        .contains(atrasada)
        .doesNotContain(manana);
  }

  @Test
  void venceHoyEsLoDeCadaUnoYLaJefaturaVeLoDeTodaLaUnidad() {
    String deMesa = tareaDeTicket("Teclado sin respuesta");
    String deSoporte = tareaDeDiagnostico();
    Date atrasada = Date.from(Instant.now().minus(Duration.ofHours(1)));
    tareas.setDueDate(deMesa, atrasada);
    tareas.setDueDate(deSoporte, atrasada);

    String venceHoy = idFiltro(FiltrosIniciales.VENCEN_HOY);
    String deLaUnidad = idFiltro(FiltrosIniciales.VENCEN_HOY_UNIDAD);
    assertThat(ids("asistente", venceHoy)).contains(deMesa).doesNotContain(deSoporte);
    assertThat(ids("tecnico1", venceHoy)).contains(deSoporte).doesNotContain(deMesa);
    assertThat(ids("jefe.uast", deLaUnidad)).contains(deMesa, deSoporte);
    assertThat(ids("jefe.oti", deLaUnidad)).contains(deMesa, deSoporte);
  }

  @Test
  void unVencenHoyDeLaVersionAnteriorSePoneAlDiaYUnoEditadoNo() {
    Filter filtro = filtros.getFilter(idFiltro(FiltrosIniciales.VENCEN_HOY));
    // La consulta con que se creó hasta el 03/12/2026.
    filtro.setQuery(
        tareas
            .createTaskQuery()
            .dueBeforeExpression("${dateTime().withTimeAtStartOfDay().plusDays(1).toDate()}")
            .orderByDueDate()
            .asc());
    filtros.saveFilter(filtro);
    assertThat(consultaPorRest(filtro.getId())).containsEntry("orQueries", List.of());

    filtrosIniciales.crearFiltros();
    Map<String, Object> alDia = consultaPorRest(filtro.getId());
    assertThat((List<?>) alDia.get("orQueries")).hasSize(1);
    assertThat(filtros.getFilter(filtro.getId()).getProperties())
        .containsEntry(
            "description",
            "Mis tareas y las de mis grupos, atrasadas o que vencen antes de la medianoche");

    // Editado en Tasklist (otro plazo): se respeta.
    Filter editado = filtros.getFilter(filtro.getId());
    editado.setQuery(
        tareas
            .createTaskQuery()
            .dueBeforeExpression("${dateTime().withTimeAtStartOfDay().plusDays(2).toDate()}")
            .orderByDueDate()
            .asc());
    filtros.saveFilter(editado);
    filtrosIniciales.crearFiltros();
    assertThat(consultaPorRest(filtro.getId()))
        .containsEntry("orQueries", List.of())
        .containsEntry(
            "dueBeforeExpression", "${dateTime().withTimeAtStartOfDay().plusDays(2).toDate()}");

    // Queda como al empezar, para las demás pruebas.
    filtros.deleteFilter(filtro.getId());
    filtrosIniciales.crearFiltros();
  }

  private String tareaDeTicket(String asunto) {
    return tareas
        .createTaskQuery()
        .processInstanceBusinessKey(nuevoTicket(asunto))
        .singleResult()
        .getId();
  }

  private String idFiltro(String nombre) {
    return filtros.createFilterQuery().filterName(nombre).singleResult().getId();
  }

  private List<Object> ids(String usuario, String filtro) {
    return leer(usuario, "/engine-rest/filter/" + filtro + "/list?maxResults=1000").stream()
        .map(t -> t.get("id"))
        .toList();
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> consultaPorRest(String filtro) {
    Map<String, Object> dto =
        http.withBasicAuth("admin", "demo")
            .getForObject("/engine-rest/filter/" + filtro, Map.class);
    return (Map<String, Object>) dto.get("query");
  }

  private String tareaDeDiagnostico() {
    String codigo = "7408" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    equipos.darDeAlta(
        new NuevoEquipo(
            codigo, "IMPRESORA", "HP", "LaserJet M404", "SN-" + codigo, "Sede Central", null),
        "admin");
    cicloVida.iniciar(codigo, null);
    return tareas.createTaskQuery().processInstanceBusinessKey(codigo).singleResult().getId();
  }

  @Test
  void laTareaDelCicloDeVidaDiceQueEquipoEs() {
    Task tarea = tareas.createTaskQuery().taskId(tareaDeDiagnostico()).singleResult();
    String codigo = tarea.getName().split(" · ")[1];

    assertThat(tarea.getName())
        .isEqualTo(
            "15 Diagnosticar el equipo o medio de almacenamiento extraíble · "
                + codigo
                + " · Impresora HP LaserJet M404");
    assertThat(tarea.getTaskDefinitionKey()).isEqualTo("A15_Diagnosticar");
    assertThat(Duration.between(tarea.getCreateTime().toInstant(), tarea.getDueDate().toInstant()))
        .isEqualTo(Duration.ofDays(3));
  }
}
