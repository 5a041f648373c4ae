package pe.gob.osce.soporte.mantenimiento;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static pe.gob.osce.soporte.mantenimiento.MantenimientoEquiposProceso.*;
import static pe.gob.osce.soporte.mantenimiento.MantenimientoEquiposProceso.Elementos.*;

import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import pe.gob.osce.soporte.PruebaIntegracion;
import pe.gob.osce.soporte.comun.DatosInvalidosException;

/**
 * Cada camino del mantenimiento preventivo (actividades 23-25) y sus dos temporizadores de inicio.
 */
class MantenimientoEquiposProcesoTest extends PruebaIntegracion {

  private static final ZoneId LIMA = ZoneId.of("America/Lima");
  private static final byte[] REPORTE = "%PDF-1.4\n% reporte del proveedor\n%%EOF\n".getBytes();

  @Autowired MantenimientoEquiposAdapter mantenimiento;
  @Autowired RegistroMantenimientos registro;
  @Autowired PlanMantenimiento plan;
  @Autowired TestRestTemplate http;

  private ProcessInstance iniciarComoAsistente(String tipo) {
    como("asistente");
    String codigo;
    try {
      codigo = mantenimiento.iniciar(tipo);
    } finally {
      identidades.clearAuthentication();
    }
    return runtimeService()
        .createProcessInstanceQuery()
        .processDefinitionKey(CLAVE)
        .processInstanceBusinessKey(codigo)
        .singleResult();
  }

  static final byte[] PLAN =
      "%PDF-1.4\n% plan de trabajo y cronograma del proveedor\n%%EOF\n".getBytes();

  static Object plan() {
    return Variables.fileValue("plan-trabajo.pdf").file(PLAN).mimeType("application/pdf").create();
  }

  /**
   * Actividad 23 por teléfono, con el plan de trabajo; la ejecución, en este minuto (las 48 horas
   * corren de aquí).
   */
  private void coordinarYEjecutar(ProcessInstance m, String proveedor) {
    complete(
        task(COORDINAR, m),
        withVariables(
            MantenimientoEquiposProceso.Variables.PROVEEDOR.nombre(),
            proveedor,
            MantenimientoEquiposProceso.Variables.FECHA_PROGRAMADA.nombre(),
            "2026-02-10",
            MantenimientoEquiposProceso.Variables.MEDIO_COORDINACION.nombre(),
            "TELEFONO",
            MantenimientoEquiposProceso.Variables.PLAN_TRABAJO.nombre(),
            plan()));
    ejecutar(m, ahoraEnLima().truncatedTo(ChronoUnit.MINUTES), "PC-0101, PC-0102");
  }

  private static void ejecutar(ProcessInstance m, LocalDateTime cuando, String equipos) {
    complete(
        task(CONFIRMAR_EJECUCION, m),
        withVariables(
            MantenimientoEquiposProceso.Variables.FECHA_EJECUCION.nombre(),
            cuando.toString(),
            MantenimientoEquiposProceso.Variables.EQUIPOS_ATENDIDOS.nombre(),
            equipos));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> mapa(Object valor) {
    return (Map<String, Object>) valor;
  }

  private static LocalDateTime ahoraEnLima() {
    return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), LIMA);
  }

  /**
   * Pasan las 48 horas de la actividad 24: el reloj llega al vencimiento y se ejecuta el
   * temporizador.
   */
  private void pasan48Horas(ProcessInstance m) {
    Job espera = job(ESPERAR_48_HORAS, m);
    assertThat(
            Duration.between(
                ClockUtil.getCurrentTime().toInstant(), espera.getDuedate().toInstant()))
        .isBetween(Duration.ofHours(47).plusMinutes(59), Duration.ofHours(48));
    ClockUtil.setCurrentTime(new Date(espera.getDuedate().getTime() + 1000));
    execute(espera);
  }

  @Test
  void mantenimientoSinErroresArchivaElReporteDelProveedor() throws Exception {
    ProcessInstance m = iniciarComoAsistente("CPU");
    String codigo = m.getBusinessKey();
    assertThat(codigo).matches("MNT-\\d{4}-\\d{4}");
    assertThat(m).isWaitingAt(COORDINAR);
    assertThat(task(COORDINAR, m)).hasCandidateGroup("mesa-ayuda");
    assertThat(
            (String)
                runtimeService()
                    .getVariable(m.getId(), MantenimientoEquiposProceso.Variables.RESUMEN.nombre()))
        .contains("CPU", "Próximo mantenimiento programado");

    coordinarYEjecutar(m, "Soluciones TI SAC");
    assertThat(m).isWaitingAt(ESPERAR_48_HORAS);
    pasan48Horas(m);
    complete(
        task(VERIFICAR, m),
        withVariables(MantenimientoEquiposProceso.Variables.ERRORES_DETECTADOS.nombre(), false));
    assertThat(m).isWaitingAt(ARCHIVAR_REPORTE);

    assertThatThrownBy(
            () ->
                complete(
                    task(ARCHIVAR_REPORTE, m),
                    withVariables(
                        MantenimientoEquiposProceso.Variables.REPORTE.nombre(),
                        Variables.fileValue("reporte.docx")
                            .file("no soy un pdf".getBytes())
                            .create())))
        .isInstanceOf(DatosInvalidosException.class)
        .hasMessageContaining("reporteMantenimiento: «reporte.docx» no es un PDF");
    como("asistente");
    complete(
        task(ARCHIVAR_REPORTE, m),
        withVariables(
            MantenimientoEquiposProceso.Variables.REPORTE.nombre(),
            Variables.fileValue("reporte.pdf").file(REPORTE).mimeType("application/pdf").create()));
    identidades.clearAuthentication();
    assertThat(m)
        .isEnded()
        .hasPassedInOrder(
            REGISTRAR_MANTENIMIENTO,
            COORDINAR,
            CONFIRMAR_EJECUCION,
            ESPERAR_48_HORAS,
            VERIFICAR,
            ARCHIVAR_REPORTE,
            FIN_ARCHIVADO);

    assertThat(
            Files.readAllBytes(
                DOCUMENTOS.resolve("Mantenimiento").resolve("Reporte-" + codigo + ".pdf")))
        .isEqualTo(REPORTE);
    // Issue 10: el PDF queda solo en la carpeta de documentos, no en el historial de Camunda.
    assertThat(
            motor
                .getHistoryService()
                .createHistoricVariableInstanceQuery()
                .processInstanceId(m.getId())
                .variableName(MantenimientoEquiposProceso.Variables.REPORTE.nombre())
                .includeDeleted()
                .count())
        .isZero();
    Mantenimiento fila = registro.buscar(codigo).orElseThrow();
    assertThat(fila.tipoEquipo()).isEqualTo(TipoEquipo.CPU);
    assertThat(fila.proveedor()).isEqualTo("Soluciones TI SAC");
    assertThat(fila.fechaProgramada()).isEqualTo(LocalDate.of(2026, 2, 10));
    assertThat(fila.fechaEjecucion()).isNotNull();
    assertThat(fila.verificaciones()).isEqualTo(1);
    assertThat(fila.resultado()).isEqualTo("Sin errores");
    assertThat(fila.estado()).isEqualTo("ARCHIVADO");
    assertThat(fila.iniciadoPor()).isEqualTo("asistente");
    assertThat(m).hasNotPassed(ENVIAR_COORDINACION);
    assertThat(fila.medioCoordinacion()).isEqualTo(MedioCoordinacion.TELEFONO);
    assertThat(fila.correoProveedor()).isNull();
    assertThat(fila.equiposAtendidos()).containsExactly("PC-0101", "PC-0102");
    assertThat(registro.pasos(codigo))
        .extracting(PasoMantenimiento::actividad)
        .containsExactly(
            REGISTRAR_MANTENIMIENTO, COORDINAR, CONFIRMAR_EJECUCION, VERIFICAR, ARCHIVAR_REPORTE);
    assertThat(registro.pasos(codigo).get(1).detalle()).contains("por teléfono");
    assertThat(registro.pasos(codigo).get(4).usuario()).isEqualTo("asistente");
    assertThat(plan.plan(TipoEquipo.CPU).historial())
        .extracting(Mantenimiento::codigo)
        .contains(codigo);

    List<Map<String, Object>> planes =
        http.withBasicAuth("asistente", "demo")
            .exchange(
                "/api/mantenimientos",
                HttpMethod.GET,
                null,
                new ParameterizedTypeReference<List<Map<String, Object>>>() {})
            .getBody();
    assertThat(planes).extracting(p -> p.get("tipoEquipo")).containsExactly("CPU", "IMPRESORA");
    assertThat(planes).allSatisfy(p -> assertThat(p.get("proximaFecha")).isNotNull());
    Map<?, ?> vista =
        http.withBasicAuth("jefe.uast", "demo")
            .getForObject("/api/mantenimientos/" + codigo, Map.class);
    assertThat((List<?>) vista.get("pasos")).hasSize(5);
    assertThat(
            http.withBasicAuth("asistente", "demo")
                .getForObject("/api/mantenimientos/" + codigo + "/reporte", byte[].class))
        .isEqualTo(REPORTE);
  }

  @Test
  void erroresDetectadosVuelvenACoordinarConElProveedor() {
    ProcessInstance m = iniciarComoAsistente("IMPRESORA");
    coordinarYEjecutar(m, "Impresoras del Perú EIRL");
    pasan48Horas(m);
    assertThatThrownBy(
            () ->
                complete(
                    task(VERIFICAR, m),
                    withVariables(
                        MantenimientoEquiposProceso.Variables.ERRORES_DETECTADOS.nombre(), true)))
        .isInstanceOf(DatosInvalidosException.class)
        .hasMessageContaining("resultadoVerificacion: describa los errores");
    // Actividad 24: qué PC o impresora tuvo desperfectos, entre las atendidas.
    assertThatThrownBy(
            () ->
                complete(
                    task(VERIFICAR, m),
                    withVariables(
                        MantenimientoEquiposProceso.Variables.ERRORES_DETECTADOS.nombre(),
                        true,
                        MantenimientoEquiposProceso.Variables.RESULTADO_VERIFICACION.nombre(),
                        "La impresora del piso 3 mancha las hojas.")))
        .isInstanceOf(DatosInvalidosException.class)
        .hasMessageContaining("equiposConErrores: indique qué PC o impresoras");
    assertThatThrownBy(
            () ->
                complete(
                    task(VERIFICAR, m),
                    withVariables(
                        MantenimientoEquiposProceso.Variables.ERRORES_DETECTADOS.nombre(),
                        true,
                        MantenimientoEquiposProceso.Variables.RESULTADO_VERIFICACION.nombre(),
                        "La impresora del piso 3 mancha las hojas.",
                        MantenimientoEquiposProceso.Variables.EQUIPOS_CON_ERRORES.nombre(),
                        "PC-9999")))
        .isInstanceOf(DatosInvalidosException.class)
        .hasMessageContaining("equiposConErrores: PC-9999 no está entre los equipos atendidos");
    complete(
        task(VERIFICAR, m),
        withVariables(
            MantenimientoEquiposProceso.Variables.ERRORES_DETECTADOS.nombre(),
            true,
            MantenimientoEquiposProceso.Variables.EQUIPOS_CON_ERRORES.nombre(),
            "pc-0102",
            MantenimientoEquiposProceso.Variables.RESULTADO_VERIFICACION.nombre(),
            "La impresora del piso 3 mancha las hojas."));
    assertThat(m).isWaitingAt(COORDINAR).hasNotPassed(ARCHIVAR_REPORTE);
    Mantenimiento fila = registro.buscar(m.getBusinessKey()).orElseThrow();
    assertThat(fila.estado()).isEqualTo("CON_ERRORES");
    assertThat(fila.resultado()).contains("mancha las hojas");
    assertThat(fila.equiposConErrores()).containsExactly("PC-0102");
    Map<?, ?> vista =
        http.withBasicAuth("jefe.uast", "demo")
            .getForObject("/api/mantenimientos/" + m.getBusinessKey(), Map.class);
    assertThat(mapa(vista.get("mantenimiento")))
        .containsEntry("equiposConErrores", List.of("PC-0102"))
        .containsEntry("equiposAtendidos", List.of("PC-0101", "PC-0102"));

    // Se vuelve a coordinar: el plan de trabajo ya archivado se conserva si no llega otro (campo de
    // archivo vacío).
    complete(
        task(COORDINAR, m),
        withVariables(
            MantenimientoEquiposProceso.Variables.PROVEEDOR.nombre(),
            "Impresoras del Perú EIRL",
            MantenimientoEquiposProceso.Variables.FECHA_PROGRAMADA.nombre(),
            "2026-02-20",
            MantenimientoEquiposProceso.Variables.MEDIO_COORDINACION.nombre(),
            "TELEFONO",
            MantenimientoEquiposProceso.Variables.PLAN_TRABAJO.nombre(),
            Variables.fileValue("sin-archivo").file(new byte[0]).create()));
    assertThat(registro.buscar(m.getBusinessKey()).orElseThrow().planTrabajoArchivo())
        .isEqualTo("PlanTrabajo-" + m.getBusinessKey() + ".pdf");
    ejecutar(m, ahoraEnLima().truncatedTo(ChronoUnit.MINUTES), "PC-0102");
    pasan48Horas(m);
    complete(
        task(VERIFICAR, m),
        withVariables(MantenimientoEquiposProceso.Variables.ERRORES_DETECTADOS.nombre(), false));
    assertThat(m).isWaitingAt(ARCHIVAR_REPORTE);
    assertThat(registro.buscar(m.getBusinessKey()).orElseThrow().verificaciones()).isEqualTo(2);
  }

  @Test
  void coordinadoPorCorreoSeEscribeAlProveedorYSeArchivaSuPlanDeTrabajo() throws Exception {
    ProcessInstance m = iniciarComoAsistente("CPU");
    String codigo = m.getBusinessKey();
    String proveedor = "mantenimiento-" + codigo.toLowerCase() + "@solucionesti.pe";
    assertThatThrownBy(
            () ->
                complete(
                    task(COORDINAR, m),
                    withVariables(
                        MantenimientoEquiposProceso.Variables.PROVEEDOR.nombre(),
                        "Soluciones TI SAC",
                        MantenimientoEquiposProceso.Variables.FECHA_PROGRAMADA.nombre(),
                        "2026-02-10",
                        MantenimientoEquiposProceso.Variables.MEDIO_COORDINACION.nombre(),
                        "CORREO")))
        .isInstanceOf(DatosInvalidosException.class)
        .hasMessageContaining("correoProveedor: es obligatorio si se coordina por correo")
        .hasMessageContaining(
            "planTrabajo: adjunte el Plan de Trabajo – Cronograma de mantenimiento");
    assertThat(
            Files.exists(
                DOCUMENTOS.resolve("Mantenimiento").resolve("PlanTrabajo-" + codigo + ".pdf")))
        .isFalse();

    complete(
        task(COORDINAR, m),
        withVariables(
            MantenimientoEquiposProceso.Variables.PROVEEDOR.nombre(),
            "Soluciones TI SAC",
            MantenimientoEquiposProceso.Variables.FECHA_PROGRAMADA.nombre(),
            "2026-02-10",
            MantenimientoEquiposProceso.Variables.MEDIO_COORDINACION.nombre(),
            "CORREO",
            MantenimientoEquiposProceso.Variables.CORREO_PROVEEDOR.nombre(),
            proveedor,
            MantenimientoEquiposProceso.Variables.PLAN_TRABAJO.nombre(),
            plan()));
    assertThat(m).isWaitingAt(ENVIAR_COORDINACION);
    assertThat(
            runtimeService()
                .getVariable(
                    m.getId(), MantenimientoEquiposProceso.Variables.PLAN_TRABAJO.nombre()))
        .as("el PDF no queda como variable")
        .isNull();
    execute(job(ENVIAR_COORDINACION, m));
    assertThat(m).isWaitingAt(CONFIRMAR_EJECUCION);

    List<String> asuntos = new java.util.ArrayList<>();
    for (jakarta.mail.internet.MimeMessage correo : buzon(proveedor)) {
      asuntos.add(correo.getSubject());
    }
    assertThat(asuntos).containsExactly("[" + codigo + "] Coordinación del mantenimiento de CPU");
    assertThat(
            Files.readAllBytes(
                DOCUMENTOS.resolve("Mantenimiento").resolve("PlanTrabajo-" + codigo + ".pdf")))
        .isEqualTo(PLAN);
    Map<?, ?> vista =
        http.withBasicAuth("asistente", "demo")
            .getForObject("/api/mantenimientos/" + codigo, Map.class);
    assertThat(mapa(vista.get("mantenimiento")))
        .containsEntry("medioCoordinacion", "CORREO")
        .containsEntry("correoProveedor", proveedor)
        .containsEntry("planTrabajoArchivo", "PlanTrabajo-" + codigo + ".pdf");
    assertThat(
            http.withBasicAuth("asistente", "demo")
                .getForObject("/api/mantenimientos/" + codigo + "/plan-trabajo", byte[].class))
        .isEqualTo(PLAN);
    assertThat(registro.pasos(codigo))
        .extracting(PasoMantenimiento::actividad)
        .containsSubsequence(COORDINAR, ENVIAR_COORDINACION);
  }

  @Test
  void las48HorasCorrenDesdeLaEjecucionIngresadaNoDesdeQueSeCompletaLaTarea() {
    LocalDateTime ahora = LocalDateTime.of(2026, 3, 16, 9, 0);
    ClockUtil.setCurrentTime(Date.from(ahora.atZone(LIMA).toInstant()));
    ProcessInstance m = iniciarComoAsistente("IMPRESORA");
    complete(
        task(COORDINAR, m),
        withVariables(
            MantenimientoEquiposProceso.Variables.PROVEEDOR.nombre(),
            "Impresoras del Perú EIRL",
            MantenimientoEquiposProceso.Variables.FECHA_PROGRAMADA.nombre(),
            "2026-03-15",
            MantenimientoEquiposProceso.Variables.MEDIO_COORDINACION.nombre(),
            "TELEFONO",
            MantenimientoEquiposProceso.Variables.PLAN_TRABAJO.nombre(),
            plan()));
    // Se ejecutó ayer a las 23:00 (hace 10 horas): la verificación vence mañana a las 23:00, no en
    // 48 horas.
    ejecutar(m, ahora.minusHours(10), "IMP-0301");

    Job espera = job(ESPERAR_48_HORAS, m);
    assertThat(espera.getDuedate())
        .isEqualTo(Date.from(ahora.plusHours(38).atZone(LIMA).toInstant()));
    ClockUtil.setCurrentTime(
        Date.from(ahora.plusHours(37).plusMinutes(59).atZone(LIMA).toInstant()));
    assertThat(
            managementService().createJobQuery().processInstanceId(m.getId()).executable().count())
        .isZero();
    ClockUtil.setCurrentTime(
        Date.from(ahora.plusHours(38).plusSeconds(1).atZone(LIMA).toInstant()));
    execute(
        managementService()
            .createJobQuery()
            .processInstanceId(m.getId())
            .executable()
            .singleResult());
    assertThat(m).isWaitingAt(VERIFICAR);
    assertThat(registro.buscar(m.getBusinessKey()).orElseThrow().ejecutadoEn())
        .isEqualTo(ahora.minusHours(10).atZone(LIMA).toOffsetDateTime());
  }

  @Test
  void siLas48HorasDeEjecutadoYaPasaronLaVerificacionSeAbreEnSeguida() {
    ProcessInstance m = iniciarComoAsistente("CPU");
    complete(
        task(COORDINAR, m),
        withVariables(
            MantenimientoEquiposProceso.Variables.PROVEEDOR.nombre(),
            "Soluciones TI SAC",
            MantenimientoEquiposProceso.Variables.FECHA_PROGRAMADA.nombre(),
            "2026-02-10",
            MantenimientoEquiposProceso.Variables.MEDIO_COORDINACION.nombre(),
            "TELEFONO",
            MantenimientoEquiposProceso.Variables.PLAN_TRABAJO.nombre(),
            plan()));
    ejecutar(m, ahoraEnLima().minusDays(3), "PC-0201");

    Job espera = job(ESPERAR_48_HORAS, m);
    assertThat(espera.getDuedate()).isBefore(ClockUtil.getCurrentTime());
    assertThat(
            managementService()
                .createJobQuery()
                .processInstanceId(m.getId())
                .executable()
                .singleResult()
                .getId())
        .isEqualTo(espera.getId());
    execute(espera);
    assertThat(m).isWaitingAt(VERIFICAR);
  }

  @Test
  void fechasInvalidasYClaseDesconocidaSeRechazanSinDejarNada() {
    long antes = runtimeService().createProcessInstanceQuery().processDefinitionKey(CLAVE).count();
    assertThatThrownBy(() -> mantenimiento.iniciar("SCANNER"))
        .isInstanceOf(DatosInvalidosException.class)
        .hasMessageContaining("tipoEquipo: elija la clase de equipos: CPU o IMPRESORA");
    assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(CLAVE).count())
        .isEqualTo(antes);

    ProcessInstance m = iniciarComoAsistente("CPU");
    assertThatThrownBy(
            () ->
                complete(
                    task(COORDINAR, m),
                    withVariables(
                        MantenimientoEquiposProceso.Variables.PROVEEDOR.nombre(),
                        "Soluciones TI SAC",
                        MantenimientoEquiposProceso.Variables.FECHA_PROGRAMADA.nombre(),
                        "10/02/2026")))
        .isInstanceOf(DatosInvalidosException.class)
        .hasMessageContaining("fechaProgramada: «10/02/2026» no es una fecha válida");
    complete(
        task(COORDINAR, m),
        withVariables(
            MantenimientoEquiposProceso.Variables.PROVEEDOR.nombre(),
            "Soluciones TI SAC",
            MantenimientoEquiposProceso.Variables.FECHA_PROGRAMADA.nombre(),
            "2026-02-10",
            MantenimientoEquiposProceso.Variables.MEDIO_COORDINACION.nombre(),
            "TELEFONO",
            MantenimientoEquiposProceso.Variables.PLAN_TRABAJO.nombre(),
            plan()));
    assertThatThrownBy(() -> ejecutar(m, ahoraEnLima().plusHours(3), "PC-0101"))
        .isInstanceOf(DatosInvalidosException.class)
        .hasMessageContaining("fechaEjecucion: no puede ser una fecha u hora futura");
    assertThatThrownBy(
            () ->
                complete(
                    task(CONFIRMAR_EJECUCION, m),
                    withVariables(
                        MantenimientoEquiposProceso.Variables.FECHA_EJECUCION.nombre(),
                        LocalDate.now(LIMA).toString(),
                        MantenimientoEquiposProceso.Variables.EQUIPOS_ATENDIDOS.nombre(),
                        " ")))
        .isInstanceOf(DatosInvalidosException.class)
        .hasMessageContaining(
            "fechaEjecucion: «" + LocalDate.now(LIMA) + "» no es una fecha y hora válida")
        .hasMessageContaining("equiposAtendidos: es obligatorio");
    assertThat(m).isWaitingAt(CONFIRMAR_EJECUCION);
  }

  @Test
  void elPlanAnualIniciaElMantenimientoDeCpuEl15DeEnero() {
    ProcessInstance m = dispararProgramacion(CLAVE_PROGRAMACION_CPU, Set.of(1));
    assertThat(
            runtimeService()
                .getVariable(m.getId(), MantenimientoEquiposProceso.Variables.TIPO_EQUIPO.nombre()))
        .isEqualTo("CPU");
    assertThat(m).isWaitingAt(COORDINAR);
    assertThat(registro.buscar(m.getBusinessKey()).orElseThrow().iniciadoPor())
        .isEqualTo("sistema");
  }

  @Test
  void elPlanCuatrimestralIniciaElMantenimientoDeImpresoras() {
    ProcessInstance m = dispararProgramacion(CLAVE_PROGRAMACION_IMPRESORAS, Set.of(1, 5, 9));
    assertThat(
            runtimeService()
                .getVariable(m.getId(), MantenimientoEquiposProceso.Variables.TIPO_EQUIPO.nombre()))
        .isEqualTo("IMPRESORA");
    assertThat(m).isWaitingAt(COORDINAR);
    List<PlanMantenimiento.Plan> planes = plan.planes();
    PlanMantenimiento.Plan impresoras =
        planes.stream()
            .filter(p -> p.tipoEquipo() == TipoEquipo.IMPRESORA)
            .findFirst()
            .orElseThrow();
    assertThat(impresoras.proximaFecha().getMonthValue()).isIn(1, 5, 9);
    assertThat(impresoras.proximaFecha().toInstant())
        .isAfter(ClockUtil.getCurrentTime().toInstant());
  }

  /**
   * El temporizador de inicio del modelo de programación vence el día 15 a las 08:00 de uno de los
   * meses indicados: se mueve el reloj hasta allí, se dispara y se devuelve el mantenimiento
   * iniciado.
   */
  private ProcessInstance dispararProgramacion(String claveProgramacion, Set<Integer> meses) {
    Job inicio =
        managementService()
            .createJobQuery()
            .processDefinitionKey(claveProgramacion)
            .timers()
            .singleResult();
    LocalDateTime vence =
        LocalDateTime.ofInstant(inicio.getDuedate().toInstant(), ZoneId.systemDefault());
    assertThat(meses).contains(vence.getMonthValue());
    assertThat(vence.getDayOfMonth()).isEqualTo(15);
    assertThat(vence.getHour()).isEqualTo(8);
    ClockUtil.setCurrentTime(new Date(inicio.getDuedate().getTime() + 1000));
    Set<String> antes = mantenimientosEnCurso();
    execute(inicio);
    Set<String> nuevos = mantenimientosEnCurso();
    nuevos.removeAll(antes);
    assertThat(nuevos).hasSize(1);
    assertThat(
            managementService()
                .createJobQuery()
                .processDefinitionKey(claveProgramacion)
                .timers()
                .singleResult()
                .getDuedate())
        .isAfter(inicio.getDuedate());
    return runtimeService()
        .createProcessInstanceQuery()
        .processInstanceId(nuevos.iterator().next())
        .singleResult();
  }

  private static Set<String> mantenimientosEnCurso() {
    return runtimeService().createProcessInstanceQuery().processDefinitionKey(CLAVE).list().stream()
        .map(ProcessInstance::getId)
        .collect(Collectors.toCollection(HashSet::new));
  }
}
