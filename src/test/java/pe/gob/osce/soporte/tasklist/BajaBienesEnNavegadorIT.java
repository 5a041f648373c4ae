package pe.gob.osce.soporte.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import pe.gob.osce.soporte.equipo.BajaBienesProceso;
import pe.gob.osce.soporte.equipo.CicloVidaEquipoAdapter;
import pe.gob.osce.soporte.equipo.CicloVidaEquipoProceso;
import pe.gob.osce.soporte.equipo.EscenarioEquipo;
import pe.gob.osce.soporte.equipo.EstadoEquipo;
import pe.gob.osce.soporte.equipo.RegistroEquipos;

/**
 * El informe de baja de varios bienes (proceso bajaBienes, actividades 20-22) en Chromium: la
 * asistente elige dos de los bienes pendientes de baja en el formulario de inicio, la jefatura de
 * la UAST lo emite, la de OTI lo deriva a la OAD y el ciclo de vida de cada bien termina.
 */
class BajaBienesEnNavegadorIT extends PruebaEnNavegador {

  private static final String PROCESO = "Baja de bienes";
  private static final By FORMULARIO_INICIO = By.cssSelector(".modal form[name=bajaBienesForm]");

  @Autowired RuntimeService runtime;
  @Autowired HistoryService historia;
  @Autowired RegistroEquipos equipos;
  @Autowired CicloVidaEquipoAdapter cicloVida;

  private List<String> elegidos;
  private String otro;
  private String numero;

  @BeforeEach
  void dejarBienesPendientesDeBaja() {
    // Tres bienes diagnosticados inoperativos (actividad 15): esperan la baja en la actividad 19.
    elegidos =
        List.of(
            EscenarioEquipo.pendienteDeBaja(equipos, cicloVida, "CPU_LAPTOP").getBusinessKey(),
            EscenarioEquipo.pendienteDeBaja(equipos, cicloVida, "MEDIO_USB").getBusinessKey());
    otro = EscenarioEquipo.pendienteDeBaja(equipos, cicloVida, "IMPRESORA").getBusinessKey();
  }

  @Test
  void laAsistenteEligeDosBienesYLasJefaturasEmitenYDerivanUnSoloInforme() throws Exception {
    paso("inicio", this::laAsistenteEligeDosBienesPendientesEnElFormularioDeInicio);
    paso("elaborar", this::laAsistenteElaboraElInformeConLaRelacionDeLosDos);
    paso("emitir", this::laJefaturaDeUastLoEmiteALaOti);
    paso("derivar", this::laJefaturaDeOtiLoDerivaALaOadYLosCiclosTerminan);
  }

  void laAsistenteEligeDosBienesPendientesEnElFormularioDeInicio() {
    paginas.ingresar("tasklist", "asistente");
    paginas.iniciarProceso(PROCESO, FORMULARIO_INICIO);
    for (String codigo : List.of(elegidos.get(0), elegidos.get(1), otro)) {
      pantalla.esperarVisible(casilla(codigo));
    }
    assertThat(driver.findElement(FORMULARIO_INICIO).getText())
        .contains("Memoria USB", "CPU / laptop", "Impresora");
    elegidos.forEach(codigo -> pantalla.clic(casilla(codigo)));
    // La variable «bienes» que se enviará: los dos códigos elegidos, en el orden de la lista.
    pantalla.espera.until(
        d ->
            List.of(d.findElement(By.id("bienes")).getAttribute("value").split(", "))
                    .containsAll(elegidos)
                && !d.findElement(By.id("bienes")).getAttribute("value").contains(otro));
    pantalla.capturar("baja-inicio-bienes-elegidos");
    paginas.enviarInicio();
    pantalla.esperarTexto(By.cssSelector(".notifications"), "El proceso se inició");

    entrePasos.avanzarHasta(
        () ->
            runtime
                    .createProcessInstanceQuery()
                    .processDefinitionKey(BajaBienesProceso.CLAVE)
                    .count()
                == 1);
    numero =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey(BajaBienesProceso.CLAVE)
            .singleResult()
            .getBusinessKey();
    assertThat(numero).matches("IB-\\d{4}-\\d{3}");
  }

  void laAsistenteElaboraElInformeConLaRelacionDeLosDos() {
    driver.navigate().refresh();
    paginas.abrirFiltro("Por asignar – Mesa de Ayuda");
    assertThat(paginas.abrirTarea(numero))
        .isEqualTo("20 Elaborar informe de baja de los bienes · " + numero + " · 2 bienes");
    paginas.tomar();
    assertThat(formulario.texto())
        .contains(numero, elegidos.get(0), elegidos.get(1), "Memoria USB", "Inoperatividad")
        .doesNotContain(otro);
    formulario.escribir(
        BajaBienesProceso.Variables.INFORME_BAJA.nombre(),
        "Los bienes no encienden y su reparación cuesta más que uno nuevo; el USB no es reconocido por ningún equipo.");
    pantalla.capturar("baja-20-elaborar-informe");
    paginas.completarYConfirmar();
    entrePasos.avanzarHasta(numero, BajaBienesProceso.Elementos.EMITIR_INFORME_BAJA);
  }

  void laJefaturaDeUastLoEmiteALaOti() {
    paginas.ingresar("tasklist", "jefe.uast");
    paginas.abrirFiltro("Jefatura UAST");
    assertThat(paginas.abrirTarea(numero))
        .startsWith("21 Revisar y emitir informe de baja · " + numero);
    paginas.tomar();
    assertThat(formulario.texto())
        .contains(
            elegidos.get(0),
            elegidos.get(1),
            "Descargar el informe en PDF",
            "su reparación cuesta más que uno nuevo");
    assertThat(driver.findElement(By.linkText("Descargar el informe en PDF")).getAttribute("href"))
        .endsWith("/api/informes-baja/" + numero);
    formulario.escribir(
        BajaBienesProceso.Variables.DOCUMENTO_SGD_OTI.nombre(), "INFORME-045-2026-UAST");
    pantalla.capturar("baja-21-emitir-informe");
    paginas.completarYConfirmar();
    entrePasos.avanzarHasta(numero, BajaBienesProceso.Elementos.SOLICITAR_BAJA_OAD);
  }

  void laJefaturaDeOtiLoDerivaALaOadYLosCiclosTerminan() {
    paginas.ingresar("tasklist", "jefe.oti");
    paginas.abrirFiltro("Jefatura OTI");
    assertThat(paginas.abrirTarea(numero)).startsWith("22 Solicitar a la OAD la baja · " + numero);
    paginas.tomar();
    assertThat(formulario.texto())
        .contains(elegidos.get(0), elegidos.get(1), "INFORME-045-2026-UAST");
    formulario.escribir(
        BajaBienesProceso.Variables.DOCUMENTO_SGD_OAD.nombre(), "MEMORANDO-120-2026-OTI");
    pantalla.capturar("baja-22-solicitar-oad");
    paginas.completarYConfirmar();

    entrePasos.avanzarHasta(
        () -> runtime.createProcessInstanceQuery().processInstanceBusinessKey(numero).count() == 0);
    for (String codigo : elegidos) {
      assertThat(
              historia
                  .createHistoricProcessInstanceQuery()
                  .processDefinitionKey(CicloVidaEquipoProceso.CLAVE)
                  .processInstanceBusinessKey(codigo)
                  .finished()
                  .singleResult()
                  .getEndActivityId())
          .isEqualTo(CicloVidaEquipoProceso.Elementos.FIN_BAJA_SOLICITADA);
      assertThat(equipos.buscar(codigo).orElseThrow().estado())
          .isEqualTo(EstadoEquipo.BAJA_SOLICITADA);
    }
    assertThat(cicloVida.esperaBaja(otro))
        .as("el bien no elegido sigue esperando otro informe")
        .isPresent();
    pantalla.espera.until(
        ExpectedConditions.invisibilityOfElementLocated(
            By.cssSelector(".task-details .fjs-container")));
  }

  private static By casilla(String codigo) {
    return By.cssSelector(".modal input.bien-pendiente[value='" + codigo + "']");
  }

  @Override
  protected String prefijoFallas() {
    return "falla-baja-";
  }
}
