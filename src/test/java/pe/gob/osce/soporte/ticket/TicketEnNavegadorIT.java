package pe.gob.osce.soporte.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import pe.gob.osce.soporte.equipo.CicloVidaEquipoProceso;
import pe.gob.osce.soporte.equipo.NuevoEquipo;
import pe.gob.osce.soporte.equipo.RegistroEquipos;
import pe.gob.osce.soporte.tasklist.MotorEntrePasos;
import pe.gob.osce.soporte.tasklist.PruebaEnNavegador;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Elementos;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Variables;

/**
 * Un ticket de principio a fin en Chromium, como lo trabaja la gente en Tasklist y lo revisa la
 * jefatura de OTI en Cockpit; cada paso mira lo que la persona ve. Entre pasos, la prueba solo hace
 * lo que en producción hace el motor solo ({@link MotorEntrePasos}). Cada paso es un método: un
 * paso nuevo (el respaldo rechazado de la actividad 16) se agrega a la lista de la prueba.
 */
class TicketEnNavegadorIT extends PruebaEnNavegador {

  private static final String PROCESO = "Atención de incidencias y requerimientos";
  private static final String ASUNTO = "Impresora atasca papel";
  private static final String OBLIGATORIO = "Este campo es obligatorio.";
  private static final String EQUIPO_VIEJO = "740899500101";
  private static final String EQUIPO_NUEVO = "740899500102";

  @Autowired RuntimeService runtime;
  @Autowired TaskService tareas;
  @Autowired RegistroEquipos equipos;
  @Autowired AtencionTicketAdapter atencion;
  @Autowired RegistroActividades registro;

  private String codigo;

  @BeforeEach
  void darDeAltaLosEquipos() {
    for (String codigoEquipo : List.of(EQUIPO_VIEJO, EQUIPO_NUEVO)) {
      if (!equipos.existe(codigoEquipo)) {
        equipos.darDeAlta(
            new NuevoEquipo(
                codigoEquipo,
                "IMPRESORA",
                "HP",
                "LaserJet M404",
                "SN-" + codigoEquipo,
                "Sede Central",
                null),
            "admin");
      }
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
    paso("formateo", this::elTecnicoDiagnosticaYNoPuedeFormatearSinRespaldo);
    paso("cockpit", this::laJefaturaDeOtiBuscaElTicketEnCockpit);
    paso("indicador", this::laJefaturaDeOtiVeElIndicadorEnElTableroDeCockpit);
  }

  // --- Pasos ----------------------------------------------------------------------------------

  void laAsistenteIngresaATasklistEnCastellano() {
    for (String aplicacion : List.of("welcome", "tasklist")) {
      paginas.abrirIngreso(aplicacion);
      assertThat(
              driver
                  .findElement(By.cssSelector("input[ng-model=username]"))
                  .getAttribute("placeholder"))
          .isEqualTo("Usuario");
      assertThat(
              driver
                  .findElement(By.cssSelector("input[ng-model=password]"))
                  .getAttribute("placeholder"))
          .isEqualTo("Clave");
      assertThat(driver.findElement(By.cssSelector("button[type=submit]")).getText())
          .isEqualTo("Ingresar");
    }
    pantalla.capturar("ingreso");

    paginas.ingresar("tasklist", "asistente");
    assertThat(paginas.filtros())
        .containsExactly("Mis tareas", "Por asignar – Mesa de Ayuda", "Vencen hoy");
    assertThat(driver.findElement(By.tagName("body")).getText())
        .contains("Iniciar proceso", "Ana Quispe Rojas", "zona horaria local: America/Lima");
  }

  void laAsistenteRegistraElTicketConElFormularioDeInicio() {
    paginas.iniciarProceso(PROCESO);
    assertThat(formulario.etiquetas()).contains("Tipo", "Canal de recepción", "Servicio", "Asunto");
    paginas.enviarInicio();
    assertThat(formulario.errores()).hasSize(6).containsOnly(OBLIGATORIO);
    pantalla.capturar("registro-validacion");

    formulario.elegir(Variables.TIPO.nombre(), "Incidencia");
    formulario.elegir(Variables.CANAL.nombre(), "Correo electrónico");
    formulario.elegir(Variables.SERVICIO.nombre(), "Impresora");
    formulario.escribir(Variables.SOLICITANTE.nombre(), "luz.ramos@osce.gob.pe");
    formulario.escribir(Variables.ASUNTO.nombre(), ASUNTO);
    formulario.escribir(
        Variables.DESCRIPCION.nombre(), "La impresora del piso 3 atasca el papel en la bandeja 2.");
    formulario.escribir(Variables.CODIGO_PATRIMONIAL.nombre(), EQUIPO_VIEJO);
    paginas.enviarInicio();
    pantalla.esperarTexto(By.cssSelector(".notifications"), "El proceso se inició");

    entrePasos.avanzarHasta(
        () ->
            runtime
                    .createProcessInstanceQuery()
                    .variableValueEquals(Variables.ASUNTO.nombre(), ASUNTO)
                    .count()
                == 1);
    codigo =
        runtime
            .createProcessInstanceQuery()
            .variableValueEquals(Variables.ASUNTO.nombre(), ASUNTO)
            .singleResult()
            .getBusinessKey();
    assertThat(codigo).matches("SOP-\\d{4}-\\d{6}");
  }

  void laAsistenteLoAsignaAlTecnico1() {
    paginas.abrirFiltro("Por asignar – Mesa de Ayuda");
    assertThat(paginas.abrirTarea(codigo))
        .isEqualTo("02 Asignar técnico · " + codigo + " · " + ASUNTO);
    paginas.tomar();
    assertThat(formulario.texto()).contains(codigo, ASUNTO, "luz.ramos@osce.gob.pe");
    assertThat(paginas.completarConErrores()).containsExactly(OBLIGATORIO);

    formulario.elegir(Variables.TECNICO.nombre(), "Carlos");
    pantalla.capturar("formulario-asignar");
    paginas.completarYConfirmar();
    avanzarHasta(Elementos.EVALUAR_ATENCION);
  }

  void elTecnicoLoAtiendePresencialmenteConElChecklist() {
    paginas.ingresar("tasklist", "tecnico1");
    assertThat(paginas.filtros()).containsExactly("Mis tareas", "Soporte técnico", "Vencen hoy");
    paginas.abrirFiltro("Mis tareas");
    assertThat(paginas.abrirTarea(codigo)).startsWith("03 Evaluar forma de atención · " + codigo);
    formulario.elegir(Variables.MODO_ATENCION.nombre(), "Presencial");
    paginas.completarYConfirmar();
    avanzarHasta(Elementos.ATENDER_PRESENCIAL);

    assertThat(paginas.abrirTarea(codigo))
        .startsWith("06 Atender presencialmente · " + codigo + " · " + ASUNTO);
    assertThat(formulario.etiquetas())
        .contains(
            "Se verificó la causa del problema de hardware",
            "¿Se solucionó la incidencia?",
            "Detalle de la atención");
    assertThat(paginas.completarConErrores()).contains(OBLIGATORIO);
    formulario.marcarCasilla("causaHardwareVerificada");
    formulario.marcarCasilla("validacionSolicitada");
    formulario.marcarOpcion(Variables.SOLUCIONADO.nombre(), "No");
    formulario.marcarOpcion(Variables.CAMBIO_EQUIPO.nombre(), "Sí");
    formulario.escribir(
        Variables.DETALLE_ATENCION.nombre(),
        "El rodillo de arrastre está gastado; se requiere el servicio técnico del proveedor.");
    pantalla.capturar("formulario-atender-presencial");
    paginas.completarYConfirmar();
    avanzarHasta(Elementos.SOLICITAR_ATENCION_TERCEROS);
  }

  void elTecnicoEscalaAlProveedorYRegistraSuInforme() {
    assertThat(paginas.abrirTarea(codigo))
        .startsWith("08 Solicitar atención a terceros · " + codigo);
    assertThat(formulario.texto()).contains("El rodillo de arrastre está gastado");
    formulario.escribir(Variables.PROVEEDOR.nombre(), "Servicios Gráficos del Perú S.A.C.");
    formulario.escribir(Variables.CORREO_PROVEEDOR.nombre(), "soporte@graficosperu.pe");
    formulario.escribir(
        Variables.MOTIVO_ESCALAMIENTO.nombre(), "Cambio del rodillo de arrastre en garantía.");
    paginas.completarYConfirmar();
    avanzarHasta(Elementos.TOMAR_CONOCIMIENTO);

    assertThat(paginas.abrirTarea(codigo))
        .startsWith("09 Tomar conocimiento de la finalización · " + codigo);
    assertThat(formulario.texto()).contains("Servicios Gráficos del Perú S.A.C.");
    formulario.escribir(
        Variables.INFORME_PROVEEDOR.nombre(),
        "Guía de atención 0042: se cambió el rodillo; la impresora se reemplaza.");
    paginas.completarYConfirmar();
  }

  void pasanLas24HorasSinReporteDeError() {
    entrePasos.dispararTemporizador(ticket().getId());
    avanzarHasta(Elementos.REGISTRAR_CARGO);
  }

  void elTecnicoRegistraElCargoConEquiposDelRegistro() {
    driver.navigate().refresh();
    paginas.abrirFiltro("Mis tareas");
    assertThat(paginas.abrirTarea(codigo))
        .startsWith("10 Registrar cargo de asignación · " + codigo);
    formulario.escribir(Variables.SERVIDOR.nombre(), "Luz Ramos Díaz");
    formulario.escribir(Variables.ORGANO_UNIDAD.nombre(), "Oficina de Administración");
    formulario.escribir(Variables.EQUIPOS_ASIGNADOS.nombre(), "740899509999");
    assertThat(paginas.completarConAviso())
        .contains("no están en el registro de equipos: 740899509999")
        .doesNotContain("Cannot submit");
    pantalla.capturar("formulario-cargo-validacion-servidor");
    formulario.escribir(Variables.EQUIPOS_ASIGNADOS.nombre(), EQUIPO_NUEVO);
    paginas.completarYConfirmar();
    avanzarHasta(Elementos.GUARDAR_CARGO);
  }

  void elTecnicoSubeElCargoFirmado() throws Exception {
    assertThat(paginas.abrirTarea(codigo)).startsWith("11 Guardar cargo firmado · " + codigo);
    pantalla.esperarTexto(By.cssSelector(".task-details form"), codigo);
    assertThat(paginas.completarHabilitado()).as("sin archivo no se puede completar").isFalse();

    Path noPdf = Files.createTempFile("cargo", ".txt");
    Files.writeString(noPdf, "no soy un PDF");
    driver.findElement(By.id("cargoFirmado")).sendKeys(noPdf.toAbsolutePath().toString());
    pantalla.esperarTexto(By.cssSelector(".task-details form"), "no es un PDF");

    driver.findElement(By.id("cargoFirmado")).sendKeys(cargoFirmado().toAbsolutePath().toString());
    pantalla.esperarVisible(By.id("cargoFirmadoAyuda"));
    pantalla.capturar("formulario-cargo-firmado");
    paginas.completarYConfirmar();
    avanzarHasta(Elementos.CERRAR_TICKET);
  }

  void elTecnicoCierraConUnEquipoDevuelto() {
    assertThat(paginas.abrirTarea(codigo)).startsWith("12 Cerrar ticket · " + codigo);
    formulario.marcarCasilla(Variables.DEVOLUCION_EQUIPO.nombre());
    assertThat(paginas.completarConErrores()).containsExactly(OBLIGATORIO);
    formulario.escribir(Variables.EQUIPOS_DEVUELTOS.nombre(), EQUIPO_VIEJO);
    paginas.completarYConfirmar();
    entrePasos.avanzarHasta(
        () -> entrePasos.instancia(CicloVidaEquipoProceso.CLAVE, EQUIPO_VIEJO) != null);
  }

  void elEquipoDevueltoApareceParaDiagnostico() {
    driver.navigate().refresh();
    paginas.abrirFiltro("Soporte técnico");
    assertThat(paginas.abrirTarea(EQUIPO_VIEJO))
        .isEqualTo(
            "15 Diagnosticar el equipo o medio de almacenamiento extraíble · "
                + EQUIPO_VIEJO
                + " · Impresora HP LaserJet M404");
    assertThat(
            tareas
                .createTaskQuery()
                .processInstanceBusinessKey(EQUIPO_VIEJO)
                .singleResult()
                .getTaskDefinitionKey())
        .isEqualTo(CicloVidaEquipoProceso.Elementos.DIAGNOSTICAR);
    assertThat(formulario.texto()).contains(EQUIPO_VIEJO, codigo);
    pantalla.capturar("lista-soporte-tecnico");
  }

  void elTecnicoDiagnosticaYNoPuedeFormatearSinRespaldo() {
    paginas.tomar();
    formulario.marcarOpcion(CicloVidaEquipoProceso.Variables.OPERATIVO.nombre(), "Sí");
    formulario.escribir(
        CicloVidaEquipoProceso.Variables.DIAGNOSTICO.nombre(),
        "Operativa tras cambiar el rodillo; se formatea antes de almacenarla.");
    paginas.completarYConfirmar();
    entrePasos.avanzarHasta(
        () ->
            tareas
                    .createTaskQuery()
                    .processInstanceBusinessKey(EQUIPO_VIEJO)
                    .taskDefinitionKey(CicloVidaEquipoProceso.Elementos.FORMATEAR)
                    .count()
                == 1);

    driver.navigate().refresh();
    paginas.abrirFiltro("Soporte técnico");
    assertThat(paginas.abrirTarea(EQUIPO_VIEJO))
        .startsWith("16 Formatear el equipo o medio de almacenamiento extraíble · " + EQUIPO_VIEJO);
    paginas.tomar();
    assertThat(formulario.etiquetas())
        .contains(
            "Respaldo hecho en la carpeta compartida de la unidad",
            "¿Qué se formatea?",
            "¿Se formateó a bajo nivel?");
    formulario.escribir(
        CicloVidaEquipoProceso.Variables.CARPETA_RESPALDO.nombre(),
        "\\\\consucode.gob.pe\\osce\\logistica");
    formulario.elegir(
        CicloVidaEquipoProceso.Variables.TIPO_BIEN.nombre(), "Medio de almacenamiento");
    formulario.marcarCasilla(CicloVidaEquipoProceso.Variables.FORMATEO_LOGICO.nombre());
    formulario.marcarOpcion(CicloVidaEquipoProceso.Variables.FORMATEO_BAJO_NIVEL.nombre(), "No");
    // Todo lo demás está lleno: el único campo que Camunda Forms marca es el respaldo (el servidor
    // también
    // lo rechaza, con su motivo: CicloVidaEquipoProcesoTest).
    assertThat(paginas.completarConErrores()).containsExactly(OBLIGATORIO);
    pantalla.capturar("formulario-formateo-sin-respaldo");
    assertThat(
            tareas
                .createTaskQuery()
                .processInstanceBusinessKey(EQUIPO_VIEJO)
                .singleResult()
                .getTaskDefinitionKey())
        .as("el formateo rechazado no avanza")
        .isEqualTo(CicloVidaEquipoProceso.Elementos.FORMATEAR);
  }

  void laJefaturaDeOtiBuscaElTicketEnCockpit() {
    String otro =
        EscenarioTicket.iniciarComoAsistente(
                atencion,
                identidades,
                new SolicitudTicket(
                    "REQUERIMIENTO",
                    "CORREO",
                    "CORREO",
                    "jorge.diaz@osce.gob.pe",
                    "Crear buzón compartido",
                    "Para el área de logística.",
                    null))
            .getBusinessKey();
    paginas.ingresar("cockpit", "jefe.oti");
    List<String> filas = paginas.buscarPorBusinessKey(ticket().getProcessDefinitionId(), codigo);
    assertThat(filas).singleElement().asString().contains(codigo).doesNotContain(otro);
    pantalla.capturar("cockpit-busqueda-por-codigo");
  }

  void laJefaturaDeOtiVeElIndicadorEnElTableroDeCockpit() {
    pantalla.driver.get("http://localhost:" + puerto + "/camunda/app/cockpit/default/#/dashboard");
    pantalla.esperarVisible(By.cssSelector("#indicador-tiempo-atencion svg.indicador-grafico"));
    assertThat(driver.findElement(By.cssSelector("#indicador-tiempo-atencion h3")).getText())
        .isEqualTo("Tiempo promedio de atención oportuna de incidencias");
    assertThat(driver.findElements(By.cssSelector("svg.indicador-grafico rect.barra-calendario")))
        .hasSize(12);
    assertThat(driver.findElements(By.cssSelector("svg.indicador-grafico rect.barra-laborable")))
        .hasSize(12);
    assertThat(driver.findElements(By.cssSelector("table.indicador-tabla tbody tr"))).hasSize(13);
    int mes =
        registro
            .obtener(codigo)
            .registradoEn()
            .atZoneSameInstant(ZoneId.of("America/Lima"))
            .getMonthValue();
    String fila = "table.indicador-tabla tr.mes-" + mes;
    assertThat(driver.findElement(By.cssSelector(fila + " td:nth-child(2)")).getText())
        .as("reportadas: la incidencia de esta prueba (el otro ticket es un requerimiento)")
        .isEqualTo("1");
    assertThat(driver.findElement(By.cssSelector(fila + " td:nth-child(3)")).getText())
        .as("cerradas")
        .isEqualTo("1");
    driver.executeScript(
        "arguments[0].scrollIntoView()", driver.findElement(By.id("indicador-tiempo-atencion")));
    pantalla.capturar("cockpit-indicador");
  }

  // --- Ayudas ---------------------------------------------------------------------------------

  private ProcessInstance ticket() {
    return entrePasos.instancia(AtencionTicketProceso.CLAVE, codigo);
  }

  private void avanzarHasta(String tarea) {
    entrePasos.avanzarHasta(codigo, tarea);
  }

  private static Path cargoFirmado() throws Exception {
    Path pdf = Files.createTempFile("cargo-firmado", ".pdf");
    try (PDDocument documento = new PDDocument()) {
      documento.addPage(new PDPage());
      documento.save(pdf.toFile());
    }
    return pdf;
  }

  @Override
  protected String prefijoFallas() {
    return "falla-";
  }
}
