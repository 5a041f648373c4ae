package pe.gob.osce.soporte.equipo;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Pasos del ciclo de vida de un equipo como los da el técnico en Tasklist, para que cada prueba
 * diga solo lo suyo.
 */
public final class EscenarioEquipo {

  private EscenarioEquipo() {}

  /** Un equipo nuevo en el registro, con un titular que luego lo devuelve. */
  public static String equipoRegistrado(RegistroEquipos registro, String tipo, String titular) {
    String codigo = "74080" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    registro.darDeAlta(
        new NuevoEquipo(
            codigo, tipo, "HP", "ProDesk 400 G7", "MXL" + codigo, "Sede Central", titular),
        "admin");
    return codigo;
  }

  public static ProcessInstance iniciar(CicloVidaEquipoAdapter cicloVida, String codigo) {
    String id = cicloVida.iniciar(codigo, null);
    return runtimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
  }

  public static void diagnosticar(ProcessInstance ciclo, boolean operativo) {
    complete(
        task(CicloVidaEquipoProceso.Elementos.DIAGNOSTICAR, ciclo),
        withVariables(
            CicloVidaEquipoProceso.Variables.OPERATIVO.nombre(),
            operativo,
            CicloVidaEquipoProceso.Variables.DIAGNOSTICO.nombre(),
            operativo ? "Enciende, disco sin sectores dañados." : "Placa madre quemada."));
  }

  /** El checklist completo de la actividad 16 para un equipo, con el respaldo indicado. */
  public static Map<String, Object> checklistFormateo(boolean respaldo) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CicloVidaEquipoProceso.Variables.RESPALDO_REALIZADO.nombre(), respaldo);
    variables.put(
        CicloVidaEquipoProceso.Variables.CARPETA_RESPALDO.nombre(),
        "\\\\consucode.gob.pe\\osce\\DAR\\respaldos");
    variables.put(CicloVidaEquipoProceso.Variables.TIPO_BIEN.nombre(), "EQUIPO");
    variables.put(CicloVidaEquipoProceso.Variables.FORMATEO_LOGICO.nombre(), true);
    CicloVidaEquipoProceso.Variables.CHECKLIST_EQUIPO.forEach(
        paso -> variables.put(paso.nombre(), true));
    variables.put(CicloVidaEquipoProceso.Variables.FORMATEO_BAJO_NIVEL.nombre(), false);
    return variables;
  }

  /**
   * Diagnóstico operativo, formateo y guardado: queda en stock esperando revisión o reasignación.
   */
  public static void llevarAlAlmacen(ProcessInstance ciclo) {
    diagnosticar(ciclo, true);
    complete(task(CicloVidaEquipoProceso.Elementos.FORMATEAR, ciclo), checklistFormateo(true));
    guardar(ciclo, "Estante 3, caja 2");
  }

  /**
   * Un equipo nuevo, diagnosticado, formateado y guardado: su ciclo espera en stock (business key =
   * código).
   */
  public static ProcessInstance enStock(
      RegistroEquipos registro, CicloVidaEquipoAdapter cicloVida, String tipo) {
    ProcessInstance ciclo = iniciar(cicloVida, equipoRegistrado(registro, tipo, null));
    llevarAlAlmacen(ciclo);
    return ciclo;
  }

  /**
   * Un equipo nuevo diagnosticado inoperativo: pendiente de baja, su ciclo espera la baja
   * solicitada (actividad 19).
   */
  public static ProcessInstance pendienteDeBaja(
      RegistroEquipos registro, CicloVidaEquipoAdapter cicloVida, String tipo) {
    ProcessInstance ciclo = iniciar(cicloVida, equipoRegistrado(registro, tipo, null));
    diagnosticar(ciclo, false);
    return ciclo;
  }

  public static void guardar(ProcessInstance ciclo, String ubicacion) {
    complete(
        task(CicloVidaEquipoProceso.Elementos.GUARDAR_ALMACEN, ciclo),
        withVariables(CicloVidaEquipoProceso.Variables.UBICACION_ALMACEN.nombre(), ubicacion));
  }
}
