package pe.gob.osce.soporte.equipo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static pe.gob.osce.soporte.equipo.BajaBienesProceso.*;
import static pe.gob.osce.soporte.equipo.BajaBienesProceso.Elementos.*;
import static pe.gob.osce.soporte.equipo.EscenarioEquipo.pendienteDeBaja;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import pe.gob.osce.soporte.PruebaIntegracion;
import pe.gob.osce.soporte.comun.DatosInvalidosException;
import pe.gob.osce.soporte.documento.TextoDePdf;

/**
 * Un informe de baja para varios bienes (proceso bajaBienes, actividades 20-22) y sus rechazos al
 * iniciar.
 */
class BajaBienesProcesoTest extends PruebaIntegracion {

  @Autowired CicloVidaEquipoAdapter cicloVida;
  @Autowired RegistroEquipos registro;
  @Autowired InformesBaja informes;
  @Autowired TestRestTemplate http;

  private ProcessInstance iniciarInforme(Object bienes) {
    como("asistente");
    try {
      return runtimeService()
          .startProcessInstanceByKey(
              CLAVE, Map.of(BajaBienesProceso.Variables.BIENES.nombre(), bienes));
    } finally {
      identidades.clearAuthentication();
    }
  }

  private long informesEnCurso() {
    return runtimeService().createProcessInstanceQuery().processDefinitionKey(CLAVE).count();
  }

  @Test
  void dosBienesVanEnUnSoloInformeYSusCiclosTerminanAlSolicitarLaBaja() throws Exception {
    ProcessInstance cpu = pendienteDeBaja(registro, cicloVida, "CPU_LAPTOP");
    ProcessInstance usb = pendienteDeBaja(registro, cicloVida, "MEDIO_USB");
    String codigoCpu = cpu.getBusinessKey();
    String codigoUsb = usb.getBusinessKey();

    ProcessInstance informe =
        iniciarInforme(
            Variables.serializedObjectValue(
                    "[\"" + codigoCpu.toLowerCase() + "\", \"" + codigoUsb + "\"]")
                .serializationDataFormat("application/json")
                .objectTypeName("java.util.ArrayList")
                .create());
    String numero = informe.getBusinessKey();
    assertThat(numero).matches("IB-\\d{4}-\\d{3}");
    assertThat(informes.bienes(numero))
        .extracting(InformesBaja.BienInforme::codigoPatrimonial)
        .containsExactlyInAnyOrder(codigoCpu, codigoUsb);
    assertThat(task(ELABORAR_INFORME_BAJA, informe)).hasCandidateGroup("mesa-ayuda");
    assertThat(task(ELABORAR_INFORME_BAJA, informe).getName())
        .isEqualTo("20 Elaborar informe de baja de los bienes · " + numero + " · 2 bienes");
    assertThat(
            (String)
                runtimeService()
                    .getVariable(
                        informe.getId(), BajaBienesProceso.Variables.RELACION_BIENES.nombre()))
        .contains(codigoCpu, codigoUsb, "Memoria USB", "Inoperatividad", "Placa madre quemada.");

    como("asistente");
    complete(
        task(ELABORAR_INFORME_BAJA, informe),
        withVariables(
            BajaBienesProceso.Variables.INFORME_BAJA.nombre(),
            "Los bienes no tienen reparación: su costo supera el de uno nuevo."));
    identidades.clearAuthentication();
    execute(job(GENERAR_INFORME_BAJA, informe));
    TextoDePdf pdf =
        TextoDePdf.de(
            java.nio.file.Files.readAllBytes(
                DOCUMENTOS
                    .resolve(InformesBaja.CARPETA)
                    .resolve("Informe-Baja-" + numero + ".pdf")));
    assertThat(pdf.corrido())
        .contains(
            "INFORME DE BAJA DE EQUIPOS N° " + numero,
            "SEDE",
            codigoCpu,
            codigoUsb,
            "CPU / laptop",
            "Memoria USB",
            "Sede Central",
            "Placa madre quemada.",
            "Inoperatividad",
            "asistente",
            "su costo supera el de uno nuevo");

    assertThat(task(EMITIR_INFORME_BAJA, informe)).hasCandidateGroup("jefe-uast");
    como("jefe.uast");
    complete(
        task(EMITIR_INFORME_BAJA, informe),
        withVariables(
            BajaBienesProceso.Variables.DOCUMENTO_SGD_OTI.nombre(), "INFORME-045-2026-UAST"));
    assertThat(task(SOLICITAR_BAJA_OAD, informe)).hasCandidateGroup("jefe-oti");
    assertThat(cpu).isWaitingAt(CicloVidaEquipoProceso.Elementos.ESPERAR_BAJA);
    como("jefe.oti");
    complete(
        task(SOLICITAR_BAJA_OAD, informe),
        withVariables(
            BajaBienesProceso.Variables.DOCUMENTO_SGD_OAD.nombre(), "MEMORANDO-120-2026-OTI"));
    identidades.clearAuthentication();

    assertThat(informe).isEnded().hasPassed(COMUNICAR_BAJA_SOLICITADA, FIN_BAJA_SOLICITADA);
    for (ProcessInstance ciclo : List.of(cpu, usb)) {
      assertThat(ciclo).isEnded().hasPassed(CicloVidaEquipoProceso.Elementos.FIN_BAJA_SOLICITADA);
      Equipo bien = registro.buscar(ciclo.getBusinessKey()).orElseThrow();
      assertThat(bien.estado()).isEqualTo(EstadoEquipo.BAJA_SOLICITADA);
      List<MovimientoEquipo> historia = registro.historia(bien.codigoPatrimonial());
      MovimientoEquipo ultimo = historia.get(historia.size() - 1);
      assertThat(ultimo.usuario()).isEqualTo("jefe.oti");
      assertThat(ultimo.motivo()).contains(numero, "MEMORANDO-120-2026-OTI");
      // El informe que lista el bien, el mismo para los dos.
      ResponseEntity<byte[]> porBien =
          http.withBasicAuth("jefe.uast", "demo")
              .getForEntity(
                  "/api/equipos/" + bien.codigoPatrimonial() + "/informe-baja", byte[].class);
      assertThat(porBien.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(TextoDePdf.de(porBien.getBody()).corrido()).contains(numero, codigoCpu, codigoUsb);
    }
    ResponseEntity<byte[]> porNumero =
        http.withBasicAuth("jefe.oti", "demo")
            .getForEntity("/api/informes-baja/" + numero, byte[].class);
    assertThat(porNumero.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(new String(porNumero.getBody(), 0, 5)).isEqualTo("%PDF-");
    assertThatThrownBy(() -> cicloVida.iniciar(codigoCpu, null))
        .isInstanceOf(DatosInvalidosException.class)
        .hasMessageContaining("ya tiene la baja solicitada");
  }

  @Test
  void losBienesTambienLleganComoTextoSeparadoPorComas() {
    String a = pendienteDeBaja(registro, cicloVida, "IMPRESORA").getBusinessKey();
    String b = pendienteDeBaja(registro, cicloVida, "MEDIO_DISCO_EXTERNO").getBusinessKey();
    ProcessInstance informe = iniciarInforme(a + ", " + b);
    assertThat(informes.bienes(informe.getBusinessKey()))
        .extracting(InformesBaja.BienInforme::codigoPatrimonial)
        .containsExactlyInAnyOrder(a, b);
  }

  @Test
  void unBienQueNoEstaPendienteDeBajaORepetidoEnOtroInformeSeRechazaYNoSeIniciaNada() {
    String pendiente = pendienteDeBaja(registro, cicloVida, "MONITOR").getBusinessKey();
    String enAlmacen = EscenarioEquipo.equipoRegistrado(registro, "TECLADO", null);
    long antes = informesEnCurso();

    assertThatThrownBy(() -> iniciarInforme(pendiente + "," + enAlmacen))
        .isInstanceOf(DatosInvalidosException.class)
        .hasMessageContaining("el bien " + enAlmacen + " está «en almacén», no pendiente de baja");
    assertThat(informesEnCurso()).isEqualTo(antes);
    assertThat(informes.enCurso(pendiente)).isEmpty();

    String numero = iniciarInforme(pendiente).getBusinessKey();
    assertThatThrownBy(() -> iniciarInforme(List.of(pendiente)))
        .isInstanceOf(DatosInvalidosException.class)
        .hasMessageContaining(
            "el bien " + pendiente + " ya está en el informe de baja " + numero + ", aún en curso");
    assertThat(informesEnCurso()).isEqualTo(antes + 1);
    assertThatThrownBy(() -> iniciarInforme(" "))
        .isInstanceOf(DatosInvalidosException.class)
        .hasMessageContaining("elija al menos un bien pendiente de baja");
  }

  @Test
  void porEngineRestElRechazoEs400ConElBienYLaListaDePendientesLoExcluyeSiYaEstaEnUnInforme() {
    String libre = pendienteDeBaja(registro, cicloVida, "SCANNER").getBusinessKey();
    String ocupado = pendienteDeBaja(registro, cicloVida, "MOUSE").getBusinessKey();
    iniciarInforme(ocupado);
    String almacen = EscenarioEquipo.equipoRegistrado(registro, "TECLADO", null);
    long antes = informesEnCurso();

    ResponseEntity<Map<String, Object>> rechazo =
        iniciarPorRest(
            "asistente",
            Map.of("value", "[\"" + libre + "\",\"" + almacen + "\"]", "type", "Json"));
    assertThat(rechazo.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) rechazo.getBody().get("message"))
        .contains(almacen, "no pendiente de baja")
        .doesNotContain(libre);
    assertThat(informesEnCurso()).isEqualTo(antes);

    ResponseEntity<List<Map<String, Object>>> pendientes =
        http.withBasicAuth("asistente", "demo")
            .exchange(
                "/api/equipos/pendientes-baja",
                HttpMethod.GET,
                null,
                new ParameterizedTypeReference<>() {});
    assertThat(pendientes.getBody())
        .extracting(b -> b.get("codigoPatrimonial"))
        .contains(libre)
        .doesNotContain(ocupado, almacen);

    assertThat(iniciarPorRest("tecnico1", Map.of("value", libre, "type", "String")).getStatusCode())
        .as("solo la mesa de ayuda inicia el informe")
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map<String, Object>> iniciado =
        iniciarPorRest("asistente", Map.of("value", libre, "type", "String"));
    assertThat(iniciado.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((String) iniciado.getBody().get("businessKey")).matches("IB-\\d{4}-\\d{3}");
  }

  private ResponseEntity<Map<String, Object>> iniciarPorRest(
      String usuario, Map<String, Object> bienes) {
    return http.withBasicAuth(usuario, "demo")
        .exchange(
            "/engine-rest/process-definition/key/" + CLAVE + "/start",
            HttpMethod.POST,
            new HttpEntity<>(
                Map.of("variables", Map.of(BajaBienesProceso.Variables.BIENES.nombre(), bienes))),
            new ParameterizedTypeReference<>() {});
  }
}
