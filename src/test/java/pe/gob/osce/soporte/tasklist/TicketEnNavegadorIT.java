package pe.gob.osce.soporte.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import pe.gob.osce.soporte.PruebaIntegracion;
import pe.gob.osce.soporte.equipo.CicloVidaEquipoProceso;
import pe.gob.osce.soporte.equipo.NuevoEquipo;
import pe.gob.osce.soporte.equipo.RegistroEquipos;
import pe.gob.osce.soporte.ticket.AtencionTicketAdapter;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso;
import pe.gob.osce.soporte.ticket.EscenarioTicket;
import pe.gob.osce.soporte.ticket.SolicitudTicket;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Elementos;

/**
 * Un ticket de principio a fin en Chromium, como lo trabaja la gente en Tasklist y lo revisa la
 * jefatura de OTI en Cockpit. Entre pasos, la prueba solo hace lo que en producción hace el motor
 * solo: ejecutar los jobs de correo y documentos, y dejar pasar las 24 horas moviendo el reloj.
 * Cada paso es un método: un paso nuevo (el respaldo de la actividad 16) se agrega al final.
 */
class TicketEnNavegadorIT extends PruebaIntegracion {

  private static final String PROCESO = "Atención de incidencias y requerimientos";
  private static final String ASUNTO = "Impresora atasca papel";
  private static final String OBLIGATORIO = "Este campo es obligatorio.";
  private static final String EQUIPO_VIEJO = "740899500101";
  private static final String EQUIPO_NUEVO = "740899500102";

  @LocalServerPort int puerto;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tareas;
  @Autowired ManagementService gestion;
  @Autowired RegistroEquipos equipos;
  @Autowired AtencionTicketAdapter atencion;

  private ChromeDriver driver;
  private PaginasCamunda paginas;
  private String codigo;

  @BeforeEach
  void abrirNavegador() throws Exception {
    driver = Navegador.abrir();
    paginas = new PaginasCamunda(driver, "http://localhost:" + puerto);
    for (String codigoEquipo : List.of(EQUIPO_VIEJO, EQUIPO_NUEVO)) {
      if (!equipos.existe(codigoEquipo)) {
        equipos.darDeAlta(new NuevoEquipo(codigoEquipo, "IMPRESORA", "HP", "LaserJet M404",
            "SN-" + codigoEquipo, "Sede Central", null), "admin");
      }
    }
  }

  @AfterEach
  void cerrarNavegador() {
    if (driver != null) {
      driver.quit();
    }
  }

  @Test
  void unTicketConEscalamientoCargoYDevolucionDeEquipoEnTasklistYCockpit() throws Exception {
    paso("ingreso", this::laAsistenteIngresaATasklistEnCastellano);
    paso("registro", this::laAsistenteRegistraElTicketConElFormularioDeInicio);
    paso("asignacion", this::laAsistenteLoAsignaAlTecnico1);
    paso("atencion", this::elTecnicoLoAtiendePresencialmenteConElChecklist);
    paso("escalamiento", this::elTecnicoEscalaAlProveedorYRegistraSuInforme);
    paso("ventana", this::pasanLas24HorasSinReporteDeError);
    paso("cargo", this::elTecnicoRegistraElCargoConEquiposDelRegistro);
    paso("cargo-firmado", this::elTecnicoSubeElCargoFirmado);
    paso("cierre", this::elTecnicoCierraConUnEquipoDevuelto);
    paso("ciclo-vida", this::elEquipoDevueltoApareceParaDiagnostico);
    paso("cockpit", this::laJefaturaDeOtiBuscaElTicketEnCockpit);
  }

  // --- Pasos ----------------------------------------------------------------------------------

  void laAsistenteIngresaATasklistEnCastellano() {
    for (String aplicacion : List.of("welcome", "tasklist")) {
      paginas.abrirIngreso(aplicacion);
      assertThat(driver.findElement(By.cssSelector("input[ng-model=username]")).getAttribute("placeholder"))
          .isEqualTo("Usuario");
      assertThat(driver.findElement(By.cssSelector("input[ng-model=password]")).getAttribute("placeholder"))
          .isEqualTo("Clave");
      assertThat(driver.findElement(By.cssSelector("button[type=submit]")).getText()).isEqualTo("Ingresar");
    }
    paginas.capturar("ingreso");

    paginas.ingresar("tasklist", "asistente");
    assertThat(paginas.filtros()).containsExactly("Mis tareas", "Por asignar – Mesa de Ayuda", "Vencen hoy");
    assertThat(driver.findElement(By.tagName("body")).getText()).contains("Iniciar proceso", "Ana Quispe Rojas");
    assertThat(driver.findElement(By.tagName("body")).getText()).contains("zona horaria local: America/Lima");
  }

  void laAsistenteRegistraElTicketConElFormularioDeInicio() {
    paginas.iniciarProceso(PROCESO);
    assertThat(paginas.etiquetas()).contains("Tipo", "Canal de recepción", "Servicio", "Asunto");
    paginas.enviarInicio();
    assertThat(paginas.errores()).hasSize(6).containsOnly(OBLIGATORIO);
    paginas.capturar("registro-validacion");

    paginas.elegir("tipo", "Incidencia");
    paginas.elegir("canal", "Correo electrónico");
    paginas.elegir("servicio", "Impresora");
    paginas.escribir("solicitante", "luz.ramos@osce.gob.pe");
    paginas.escribir("asunto", ASUNTO);
    paginas.escribir("descripcion", "La impresora del piso 3 atasca el papel en la bandeja 2.");
    paginas.escribir("codigoPatrimonial", EQUIPO_VIEJO);
    paginas.enviarInicio();
    paginas.esperarTexto(By.cssSelector(".notifications"), "El proceso se inició");

    esperarMotor(() -> runtime.createProcessInstanceQuery().variableValueEquals("asunto", ASUNTO).count() == 1);
    codigo = runtime.createProcessInstanceQuery().variableValueEquals("asunto", ASUNTO).singleResult().getBusinessKey();
    assertThat(codigo).matches("SOP-\\d{4}-\\d{6}");
  }

  void laAsistenteLoAsignaAlTecnico1() {
    paginas.abrirFiltro("Por asignar – Mesa de Ayuda");
    String nombre = paginas.abrirTarea(codigo);
    assertThat(nombre).isEqualTo("02 Asignar técnico · " + codigo + " · " + ASUNTO);
    paginas.tomar();
    assertThat(paginas.textoFormulario()).contains(codigo, ASUNTO, "luz.ramos@osce.gob.pe");
    paginas.capturar("lista-por-asignar");
    assertThat(paginas.completarConErrores()).containsExactly(OBLIGATORIO);

    paginas.elegir("tecnico", "Carlos");
    paginas.capturar("formulario-asignar");
    paginas.completarYConfirmar();
    avanzar(Elementos.EVALUAR_ATENCION);
  }

  void elTecnicoLoAtiendePresencialmenteConElChecklist() {
    paginas.ingresar("tasklist", "tecnico1");
    assertThat(paginas.filtros()).containsExactly("Mis tareas", "Soporte técnico", "Vencen hoy");
    paginas.abrirFiltro("Mis tareas");
    assertThat(paginas.abrirTarea(codigo)).startsWith("03 Evaluar forma de atención · " + codigo);
    paginas.elegir("modoAtencion", "Presencial");
    paginas.completarYConfirmar();
    avanzar(Elementos.ATENDER_PRESENCIAL);

    assertThat(paginas.abrirTarea(codigo)).startsWith("06 Atender presencialmente · " + codigo + " · " + ASUNTO);
    assertThat(paginas.etiquetas()).contains("Se verificó la causa del problema de hardware",
        "¿Se solucionó la incidencia?", "Detalle de la atención");
    assertThat(paginas.completarConErrores()).contains(OBLIGATORIO);
    paginas.marcarCasilla("causaHardwareVerificada");
    paginas.marcarCasilla("validacionSolicitada");
    paginas.marcarOpcion("solucionado", "No");
    paginas.marcarOpcion("cambioEquipo", "Sí");
    paginas.escribir("detalleAtencion", "El rodillo de arrastre está gastado; se requiere el servicio técnico del proveedor.");
    paginas.capturar("formulario-atender-presencial");
    paginas.completarYConfirmar();
    avanzar(Elementos.SOLICITAR_ATENCION_TERCEROS);
  }

  void elTecnicoEscalaAlProveedorYRegistraSuInforme() {
    assertThat(paginas.abrirTarea(codigo)).startsWith("08 Solicitar atención a terceros · " + codigo);
    assertThat(paginas.textoFormulario()).contains("El rodillo de arrastre está gastado");
    paginas.escribir("proveedor", "Servicios Gráficos del Perú S.A.C.");
    paginas.escribir("correoProveedor", "soporte@graficosperu.pe");
    paginas.escribir("motivoEscalamiento", "Cambio del rodillo de arrastre en garantía.");
    paginas.completarYConfirmar();
    avanzar(Elementos.TOMAR_CONOCIMIENTO);

    assertThat(paginas.abrirTarea(codigo)).startsWith("09 Tomar conocimiento de la finalización · " + codigo);
    assertThat(paginas.textoFormulario()).contains("Servicios Gráficos del Perú S.A.C.");
    paginas.escribir("informeProveedor", "Guía de atención 0042: se cambió el rodillo; la impresora se reemplaza.");
    paginas.completarYConfirmar();
    esperarMotor(() -> gestion.createJobQuery().processInstanceId(instancia().getId()).timers().count() == 1
        || ejecutarJobs());
  }

  void pasanLas24HorasSinReporteDeError() {
    Job temporizador = gestion.createJobQuery().processInstanceId(instancia().getId()).timers().singleResult();
    ClockUtil.setCurrentTime(new Date(temporizador.getDuedate().getTime() + Duration.ofMinutes(1).toMillis()));
    gestion.executeJob(temporizador.getId());
    avanzar(Elementos.REGISTRAR_CARGO);
  }

  void elTecnicoRegistraElCargoConEquiposDelRegistro() {
    driver.navigate().refresh();
    paginas.abrirFiltro("Mis tareas");
    assertThat(paginas.abrirTarea(codigo)).startsWith("10 Registrar cargo de asignación · " + codigo);
    paginas.escribir("servidor", "Luz Ramos Díaz");
    paginas.escribir("organoUnidad", "Oficina de Administración");
    paginas.escribir("equiposAsignados", "740899509999");
    assertThat(paginas.completarConAviso()).contains("no están en el registro de equipos: 740899509999")
        .doesNotContain("Cannot submit");
    paginas.capturar("formulario-cargo-validacion-servidor");
    paginas.escribir("equiposAsignados", EQUIPO_NUEVO);
    paginas.completarYConfirmar();
    avanzar(Elementos.GUARDAR_CARGO);
  }

  void elTecnicoSubeElCargoFirmado() throws Exception {
    assertThat(paginas.abrirTarea(codigo)).startsWith("11 Guardar cargo firmado · " + codigo);
    paginas.esperarTexto(By.cssSelector(".task-details form"), codigo);
    assertThat(paginas.completarHabilitado()).as("sin archivo no se puede completar").isFalse();

    Path noPdf = Files.createTempFile("cargo", ".txt");
    Files.writeString(noPdf, "no soy un PDF");
    driver.findElement(By.id("cargoFirmado")).sendKeys(noPdf.toAbsolutePath().toString());
    paginas.esperarTexto(By.cssSelector(".task-details form"), "no es un PDF");

    driver.findElement(By.id("cargoFirmado")).sendKeys(cargoFirmado().toAbsolutePath().toString());
    paginas.esperarVisible(By.id("cargoFirmadoAyuda"));
    paginas.capturar("formulario-cargo-firmado");
    paginas.completarYConfirmar();
    avanzar(Elementos.CERRAR_TICKET);
  }

  void elTecnicoCierraConUnEquipoDevuelto() {
    assertThat(paginas.abrirTarea(codigo)).startsWith("12 Cerrar ticket · " + codigo);
    paginas.marcarCasilla("devolucionEquipo");
    assertThat(paginas.completarConErrores()).containsExactly(OBLIGATORIO);
    paginas.escribir("equiposDevueltos", EQUIPO_VIEJO);
    paginas.completarYConfirmar();
    esperarMotor(() -> runtime.createProcessInstanceQuery().processDefinitionKey(CicloVidaEquipoProceso.CLAVE)
        .processInstanceBusinessKey(EQUIPO_VIEJO).count() == 1 || ejecutarJobs());
  }

  void elEquipoDevueltoApareceParaDiagnostico() {
    driver.navigate().refresh();
    paginas.abrirFiltro("Soporte técnico");
    String nombre = paginas.abrirTarea(EQUIPO_VIEJO);
    assertThat(nombre).isEqualTo("15 Diagnosticar estado del equipo · " + EQUIPO_VIEJO + " · Impresora HP LaserJet M404");
    Task diagnostico = tareas.createTaskQuery().processInstanceBusinessKey(EQUIPO_VIEJO).singleResult();
    assertThat(diagnostico.getTaskDefinitionKey()).isEqualTo(CicloVidaEquipoProceso.DIAGNOSTICAR);
    assertThat(paginas.textoFormulario()).contains(EQUIPO_VIEJO);
    paginas.capturar("lista-soporte-tecnico");
  }

  void laJefaturaDeOtiBuscaElTicketEnCockpit() {
    String otro = EscenarioTicket.iniciarComoAsistente(atencion, identidades, new SolicitudTicket("REQUERIMIENTO",
        "CORREO", "CORREO", "jorge.diaz@osce.gob.pe", "Crear buzón compartido", "Para el área de logística.", null))
        .getBusinessKey();
    paginas.ingresar("cockpit", "jefe.oti");
    String definicion = instancia().getProcessDefinitionId();
    driver.get(driver.getCurrentUrl().replaceAll("#.*$", "") + "#/process-definition/" + definicion + "/runtime");
    By filas = By.cssSelector("[cam-searchable-area] table tbody tr");
    paginas.esperarTexto(By.cssSelector("[cam-searchable-area] table"), otro);

    paginas.clic(By.cssSelector("input.main-field"));
    paginas.clic(By.xpath("//ul[contains(@class,'dropdown-menu')]//a[contains(normalize-space(.), 'Business Key')]"));
    paginas.esperarVisible(By.cssSelector("input[ng-model='formData.editValue']")).sendKeys(codigo + Keys.ENTER);
    // Cockpit redibuja la tabla al buscar: se espera a que quede una sola fila, la del ticket.
    String fila = new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
        .until(d -> d.findElements(filas).size() == 1 && d.findElement(filas).getText().contains(codigo)
            ? d.findElement(filas).getText() : null);
    assertThat(fila).doesNotContain(otro);
    assertThat(driver.getCurrentUrl()).contains("businessKey").contains(codigo);
    paginas.capturar("cockpit-busqueda-por-codigo");
  }

  // --- El motor entre pasos -------------------------------------------------------------------

  private ProcessInstance instancia() {
    return runtime.createProcessInstanceQuery().processDefinitionKey(AtencionTicketProceso.CLAVE)
        .processInstanceBusinessKey(codigo).singleResult();
  }

  /** Ejecuta los jobs listos (correos, documentos) hasta que el ticket espera la tarea indicada. */
  private void avanzar(String tarea) {
    esperarMotor(() -> tareas.createTaskQuery().processInstanceBusinessKey(codigo).taskDefinitionKey(tarea).count() == 1
        || ejecutarJobs());
  }

  /** Los jobs listos de hoy (no los temporizadores futuros); devuelve siempre false para seguir esperando. */
  private boolean ejecutarJobs() {
    for (Job job : gestion.createJobQuery().executable().list()) {
      gestion.executeJob(job.getId());
    }
    return false;
  }

  private static void esperarMotor(BooleanSupplier condicion) {
    new FluentWait<>(condicion).withTimeout(Duration.ofSeconds(15)).pollingEvery(Duration.ofMillis(200))
        .until(c -> c.getAsBoolean());
  }

  private static Path cargoFirmado() throws Exception {
    Path pdf = Files.createTempFile("cargo-firmado", ".pdf");
    try (PDDocument documento = new PDDocument()) {
      documento.addPage(new PDPage());
      documento.save(pdf.toFile());
    }
    return pdf;
  }

  private interface Paso {
    void hacer() throws Exception;
  }

  /** Si un paso falla, la página y su captura quedan en target/pantallas para ver qué vio la persona. */
  private void paso(String nombre, Paso paso) throws Exception {
    try {
      paso.hacer();
    } catch (Exception | AssertionError e) {
      paginas.guardarEstado("falla-" + nombre);
      throw e;
    }
  }
}
