package pe.gob.osce.soporte;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pe.gob.osce.soporte.cargo.ConsolidacionPatrimonioProceso;
import pe.gob.osce.soporte.catalogo.Grupos;
import pe.gob.osce.soporte.equipo.BajaBienesProceso;
import pe.gob.osce.soporte.equipo.CicloVidaEquipoProceso;
import pe.gob.osce.soporte.mantenimiento.MantenimientoEquiposProceso;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Elementos;
import pe.gob.osce.soporte.ticket.ReportarErrorProveedorProceso;

/**
 * Compara cada modelo de bpmn/ con el contrato de los procesos (shared/design/process-contract.md):
 * los ids, nombres, grupos y enlaces de los que dependen los formularios, el código Java, los
 * guiones y las personas. Repite el contrato a propósito en lugar de leer las constantes de Java,
 * para que un modelo editado en Camunda Modeler no pueda apartarse de él sin que se note. Sin motor
 * ni Spring; cada regla lista cada archivo y elemento que la incumple.
 */
class ModelosContratoTest {

  private static final Path CARPETA_MODELOS = Path.of("bpmn");

  private static final Pattern ID_DE_ACTIVIDAD = Pattern.compile("A(\\d\\d)_[A-Z][A-Za-z0-9]*");
  private static final Pattern NOMBRE_NUMERADO = Pattern.compile("(\\d\\d) \\S.*");
  private static final List<Pattern> IDS_GENERADOS =
      List.of(
          Pattern.compile(".*_[0-9a-z]{7}"),
          Pattern.compile(
              "(Activity|Event|Gateway|Flow|SequenceFlow|StartEvent|EndEvent|Task|Participant|Lane"
                  + "|Collaboration|Process|Message|TimerEventDefinition|MessageEventDefinition)_[0-9a-z]+"),
          Pattern.compile("sid-.*"));
  private static final Pattern DELEGADO = Pattern.compile("\\$\\{([a-z][A-Za-z0-9]*Delegate)}");
  private static final Pattern LISTENER = Pattern.compile("\\$\\{([a-z][A-Za-z0-9]*Listener)}");
  private static final Pattern CONDICION =
      Pattern.compile("\\$\\{[a-z][A-Za-z0-9]*( == '[A-Z_]+')?}");
  private static final Pattern PLAZO = Pattern.compile("\\$\\{plazos\\.[a-z][A-Za-z0-9]*}");

  /**
   * Una fecha de temporizador calculada de lo que ingresó una persona (A24: la ejecución más 48
   * horas), fijada por un listener.
   */
  private static final Pattern FECHA_DE_VARIABLE = Pattern.compile("\\$\\{[a-z][A-Za-z0-9]*}");

  private static final Map<String, Map<String, Class<? extends FlowNode>>> ELEMENTOS_DEL_CONTRATO =
      Map.of(
          AtencionTicketProceso.CLAVE,
              elementos(
                  Elementos.REGISTRAR_TICKET,
                  ServiceTask.class,
                  Elementos.ASIGNAR_TECNICO,
                  UserTask.class,
                  Elementos.DERIVAR_CORREO,
                  ServiceTask.class,
                  Elementos.EVALUAR_ATENCION,
                  UserTask.class,
                  Elementos.ATENDER_REMOTO,
                  UserTask.class,
                  Elementos.ATENDER_TELEFONO,
                  UserTask.class,
                  Elementos.ATENDER_PRESENCIAL,
                  UserTask.class,
                  Elementos.SOLICITAR_CONFORMIDAD,
                  ServiceTask.class,
                  Elementos.SOLICITAR_ATENCION_TERCEROS,
                  UserTask.class,
                  Elementos.TOMAR_CONOCIMIENTO,
                  UserTask.class,
                  Elementos.ESPERAR_24_HORAS,
                  IntermediateCatchEvent.class,
                  Elementos.REGISTRAR_CARGO,
                  UserTask.class,
                  Elementos.GENERAR_CARGO,
                  ServiceTask.class,
                  Elementos.GUARDAR_CARGO,
                  UserTask.class,
                  Elementos.CERRAR_TICKET,
                  UserTask.class,
                  Elementos.REGISTRAR_CIERRE,
                  ServiceTask.class,
                  Elementos.INFORMAR_ASIGNACION,
                  UserTask.class,
                  Elementos.ESPERAR_CONSOLIDACION,
                  IntermediateCatchEvent.class,
                  Elementos.FIN_TICKET_CERRADO,
                  EndEvent.class,
                  // Issue 4: entrada por correo, clasificación de la mesa de ayuda y acuse de
                  // recibo.
                  Elementos.CORREO_RECIBIDO,
                  StartEvent.class,
                  Elementos.CLASIFICAR_TICKET,
                  UserTask.class,
                  Elementos.ACUSAR_RECIBO,
                  ServiceTask.class),
          ConsolidacionPatrimonioProceso.CLAVE,
              elementos(ConsolidacionPatrimonioProceso.Elementos.DERIVAR_CARGOS, UserTask.class),
          ReportarErrorProveedorProceso.CLAVE,
              elementos(
                  ReportarErrorProveedorProceso.Elementos.INICIO,
                  StartEvent.class,
                  ReportarErrorProveedorProceso.Elementos.REPORTAR,
                  ServiceTask.class),
          CicloVidaEquipoProceso.CLAVE,
              elementos(
                  CicloVidaEquipoProceso.Elementos.DIAGNOSTICAR,
                  UserTask.class,
                  CicloVidaEquipoProceso.Elementos.FORMATEAR,
                  UserTask.class,
                  CicloVidaEquipoProceso.Elementos.GUARDAR_ALMACEN,
                  UserTask.class,
                  CicloVidaEquipoProceso.Elementos.REVISION_PERIODICA,
                  IntermediateCatchEvent.class,
                  CicloVidaEquipoProceso.Elementos.REVISAR_ESTADO,
                  UserTask.class,
                  CicloVidaEquipoProceso.Elementos.REVISAR_OBSOLESCENCIA,
                  UserTask.class,
                  CicloVidaEquipoProceso.Elementos.ACTUALIZAR_REGISTROS,
                  ServiceTask.class,
                  CicloVidaEquipoProceso.Elementos.ESPERAR_BAJA,
                  IntermediateCatchEvent.class,
                  CicloVidaEquipoProceso.Elementos.FIN_REASIGNADO,
                  EndEvent.class,
                  CicloVidaEquipoProceso.Elementos.FIN_BAJA_SOLICITADA,
                  EndEvent.class),
          // Issue 11: un informe de baja para varios bienes (actividades 20-22).
          BajaBienesProceso.CLAVE,
              elementos(
                  BajaBienesProceso.Elementos.ELABORAR_INFORME_BAJA, UserTask.class,
                  BajaBienesProceso.Elementos.GENERAR_INFORME_BAJA, ServiceTask.class,
                  BajaBienesProceso.Elementos.EMITIR_INFORME_BAJA, UserTask.class,
                  BajaBienesProceso.Elementos.SOLICITAR_BAJA_OAD, UserTask.class,
                  BajaBienesProceso.Elementos.FIN_BAJA_SOLICITADA, EndEvent.class),
          MantenimientoEquiposProceso.CLAVE,
              elementos(
                  MantenimientoEquiposProceso.Elementos.COORDINAR,
                  UserTask.class,
                  MantenimientoEquiposProceso.Elementos.CONFIRMAR_EJECUCION,
                  UserTask.class,
                  MantenimientoEquiposProceso.Elementos.ENVIAR_COORDINACION,
                  ServiceTask.class,
                  MantenimientoEquiposProceso.Elementos.ESPERAR_48_HORAS,
                  IntermediateCatchEvent.class,
                  MantenimientoEquiposProceso.Elementos.VERIFICAR,
                  UserTask.class,
                  MantenimientoEquiposProceso.Elementos.ARCHIVAR_REPORTE,
                  UserTask.class,
                  MantenimientoEquiposProceso.Elementos.FIN_ARCHIVADO,
                  EndEvent.class),
          MantenimientoEquiposProceso.CLAVE_PROGRAMACION_CPU,
              elementos(MantenimientoEquiposProceso.Elementos.INICIO_CPU, StartEvent.class),
          MantenimientoEquiposProceso.CLAVE_PROGRAMACION_IMPRESORAS,
              elementos(MantenimientoEquiposProceso.Elementos.INICIO_IMPRESORAS, StartEvent.class));

  /** Nombre del mensaje → el evento de captura que lo espera, por clave de proceso. */
  private static final Map<String, Map<String, String>> MENSAJES_DEL_CONTRATO =
      Map.of(
          AtencionTicketProceso.CLAVE,
              Map.of(
                  AtencionTicketProceso.MENSAJE_ERROR_PROVEEDOR, Elementos.ERROR_SERVICIO_PROVEEDOR,
                  AtencionTicketProceso.MENSAJE_CARGOS_DERIVADOS, Elementos.ESPERAR_CONSOLIDACION,
                  AtencionTicketProceso.MENSAJE_CORREO_RECIBIDO, Elementos.CORREO_RECIBIDO),
          CicloVidaEquipoProceso.CLAVE,
              Map.of(
                  CicloVidaEquipoProceso.MENSAJE_EQUIPO_REASIGNADO,
                      CicloVidaEquipoProceso.Elementos.EVENTO_REASIGNADO,
                  BajaBienesProceso.MENSAJE_BAJA_SOLICITADA,
                      CicloVidaEquipoProceso.Elementos.ESPERAR_BAJA));

  private static final Map<String, String> RESPONSABLES_DEL_CONTRATO =
      Map.ofEntries(
          Map.entry(Elementos.CLASIFICAR_TICKET, "grupo " + Grupos.MESA_AYUDA),
          Map.entry(Elementos.ASIGNAR_TECNICO, "grupo " + Grupos.MESA_AYUDA),
          Map.entry(Elementos.EVALUAR_ATENCION, "asignada a ${tecnico}"),
          Map.entry(Elementos.ATENDER_REMOTO, "asignada a ${tecnico}"),
          Map.entry(Elementos.ATENDER_TELEFONO, "asignada a ${tecnico}"),
          Map.entry(Elementos.ATENDER_PRESENCIAL, "asignada a ${tecnico}"),
          Map.entry(Elementos.SOLICITAR_ATENCION_TERCEROS, "asignada a ${tecnico}"),
          Map.entry(Elementos.TOMAR_CONOCIMIENTO, "asignada a ${tecnico}"),
          Map.entry(Elementos.REGISTRAR_CARGO, "asignada a ${tecnico}"),
          Map.entry(Elementos.GUARDAR_CARGO, "asignada a ${tecnico}"),
          Map.entry(Elementos.CERRAR_TICKET, "asignada a ${tecnico}"),
          Map.entry(Elementos.INFORMAR_ASIGNACION, "grupo " + Grupos.MESA_AYUDA),
          Map.entry(
              ConsolidacionPatrimonioProceso.Elementos.DERIVAR_CARGOS, "grupo " + Grupos.JEFE_UAST),
          Map.entry(
              CicloVidaEquipoProceso.Elementos.DIAGNOSTICAR, "grupo " + Grupos.SOPORTE_TECNICO),
          Map.entry(CicloVidaEquipoProceso.Elementos.FORMATEAR, "grupo " + Grupos.SOPORTE_TECNICO),
          Map.entry(
              CicloVidaEquipoProceso.Elementos.GUARDAR_ALMACEN, "grupo " + Grupos.SOPORTE_TECNICO),
          Map.entry(
              CicloVidaEquipoProceso.Elementos.REVISAR_ESTADO, "grupo " + Grupos.SOPORTE_TECNICO),
          Map.entry(
              CicloVidaEquipoProceso.Elementos.REVISAR_OBSOLESCENCIA,
              "grupo " + Grupos.SOPORTE_TECNICO),
          Map.entry(
              BajaBienesProceso.Elementos.ELABORAR_INFORME_BAJA, "grupo " + Grupos.MESA_AYUDA),
          Map.entry(BajaBienesProceso.Elementos.EMITIR_INFORME_BAJA, "grupo " + Grupos.JEFE_UAST),
          Map.entry(BajaBienesProceso.Elementos.SOLICITAR_BAJA_OAD, "grupo " + Grupos.JEFE_OTI),
          Map.entry(MantenimientoEquiposProceso.Elementos.COORDINAR, "grupo " + Grupos.MESA_AYUDA),
          Map.entry(
              MantenimientoEquiposProceso.Elementos.CONFIRMAR_EJECUCION,
              "grupo " + Grupos.MESA_AYUDA),
          Map.entry(MantenimientoEquiposProceso.Elementos.VERIFICAR, "grupo " + Grupos.MESA_AYUDA),
          Map.entry(
              MantenimientoEquiposProceso.Elementos.ARCHIVAR_REPORTE,
              "grupo " + Grupos.MESA_AYUDA));

  /**
   * El carril de cada grupo del contrato; una tarea asignada al técnico del ticket está en
   * soporte-tecnico.
   */
  private static final Map<String, String> CARRIL_DE_GRUPO =
      Map.of(
          Grupos.MESA_AYUDA,
          "Lane_MesaAyuda",
          Grupos.SOPORTE_TECNICO,
          "Lane_SoporteTecnico",
          Grupos.JEFE_UAST,
          "Lane_JefeUast",
          Grupos.JEFE_OTI,
          "Lane_JefeOti");

  /** Issue 11.11: código y versión del procedimiento PS01.01.01 que cada modelo implementa. */
  private static final String VERSION_DEL_PROCEDIMIENTO = "PS01.01.01-v02";

  /**
   * El carril del "Responsable" de cada actividad de la sección VII (la 25 la archiva la mesa de
   * ayuda).
   */
  private static final Map<Integer, String> CARRIL_DE_ACTIVIDAD = carrilesDeActividades();

  /**
   * Tareas de correo y de documentos: tras un límite asíncrono, con reintentos R5/PT5M antes de un
   * incidente.
   */
  private static final Set<String> TAREAS_DE_CORREO_Y_DOCUMENTOS =
      Set.of(
          Elementos.SOLICITAR_REGULARIZACION,
          Elementos.DERIVAR_CORREO,
          Elementos.SOLICITAR_CONFORMIDAD,
          Elementos.NOTIFICAR_PROVEEDOR,
          Elementos.SOLICITAR_CONFORMIDAD_SERVICIO,
          Elementos.GENERAR_CARGO,
          Elementos.ACUSAR_RECIBO,
          BajaBienesProceso.Elementos.GENERAR_INFORME_BAJA,
          MantenimientoEquiposProceso.Elementos.ENVIAR_COORDINACION);

  private static List<Modelo> modelos;

  record Modelo(String archivo, BpmnModelInstance bpmn) {

    <T extends ModelElementInstance> Collection<T> todos(Class<T> tipo) {
      return bpmn.getModelElementsByType(tipo);
    }

    Process proceso() {
      return todos(Process.class).iterator().next();
    }
  }

  @BeforeAll
  static void leerLosModelos() throws IOException {
    assertThat(CARPETA_MODELOS)
        .as("carpeta bpmn/ (los tests corren desde la raíz del proyecto)")
        .isDirectory();
    try (Stream<Path> archivos = Files.list(CARPETA_MODELOS)) {
      modelos =
          archivos
              .filter(a -> a.toString().endsWith(".bpmn"))
              .sorted()
              .map(a -> new Modelo(a.getFileName().toString(), Bpmn.readModelFromFile(a.toFile())))
              .toList();
    }
    assertThat(modelos).isNotEmpty();
  }

  @Test
  void cadaArchivoTieneUnSoloProcesoEjecutableQueSeLlamaComoElArchivo() {
    List<String> fallas = new ArrayList<>();
    for (Modelo m : modelos) {
      Collection<Process> procesos = m.todos(Process.class);
      if (procesos.size() != 1) {
        fallas.add(m.archivo() + ": " + procesos.size() + " procesos");
        continue;
      }
      Process p = m.proceso();
      if (!m.archivo().equals(p.getId() + ".bpmn"))
        fallas.add(m.archivo() + ": la clave es " + p.getId());
      if (!p.isExecutable()) fallas.add(m.archivo() + ": isExecutable no es true");
    }
    assertThat(fallas).isEmpty();
  }

  @Test
  void cadaProcesoConservaSuHistorialCincoAnios() {
    assertThat(modelos)
        .allSatisfy(
            m ->
                assertThat(m.proceso().getCamundaHistoryTimeToLiveString())
                    .as(m.archivo())
                    .isEqualTo("P1825D"));
  }

  /** Issue 11.11: cada modelo dice de qué procedimiento y versión es. */
  @Test
  void cadaProcesoLlevaElCodigoYLaVersionDelProcedimiento() {
    assertThat(modelos)
        .filteredOn(m -> !VERSION_DEL_PROCEDIMIENTO.equals(m.proceso().getCamundaVersionTag()))
        .extracting(Modelo::archivo)
        .isEmpty();
  }

  /** Issue 11.11: cada elemento numerado lleva el texto de su actividad (sección VII). */
  @Test
  void cadaActividadNumeradaLlevaSuTextoDelProcedimiento() {
    List<String> fallas = new ArrayList<>();
    for (Modelo m : modelos) {
      for (FlowNode nodo : m.todos(FlowNode.class)) {
        if (!ID_DE_ACTIVIDAD.matcher(nodo.getId()).matches()) continue;
        String texto =
            nodo.getDocumentations().stream()
                .map(Documentation::getTextContent)
                .collect(Collectors.joining())
                .strip();
        if (texto.isEmpty()) fallas.add(m.archivo() + ": " + nodo.getId() + " sin documentación");
      }
    }
    assertThat(fallas).isEmpty();
  }

  /**
   * Issue 11.11: cada actividad numerada está en el carril de su Responsable y se dibuja dentro de
   * él.
   */
  @Test
  void cadaActividadNumeradaEstaEnElCarrilDeSuResponsable() {
    List<String> fallas = new ArrayList<>();
    for (Modelo m : modelos) {
      for (Lane carril : m.todos(Lane.class)) {
        Bounds limites = limitesDe(m, carril.getId());
        for (FlowNode nodo : carril.getFlowNodeRefs()) {
          Bounds b = limitesDe(m, nodo.getId());
          if (limites == null
              || b == null
              || b.getX() < limites.getX()
              || b.getY() < limites.getY()
              || b.getX() + b.getWidth() > limites.getX() + limites.getWidth()
              || b.getY() + b.getHeight() > limites.getY() + limites.getHeight()) {
            fallas.add(m.archivo() + ": " + nodo.getId() + " se dibuja fuera de " + carril.getId());
          }
        }
      }
      for (FlowNode nodo : m.todos(FlowNode.class)) {
        Matcher id = ID_DE_ACTIVIDAD.matcher(nodo.getId());
        if (!id.matches()) continue;
        String esperado = CARRIL_DE_ACTIVIDAD.get(Integer.parseInt(id.group(1)));
        boolean enSuCarril =
            m.todos(Lane.class).stream()
                .anyMatch(l -> l.getId().equals(esperado) && l.getFlowNodeRefs().contains(nodo));
        if (!enSuCarril) fallas.add(m.archivo() + ": " + nodo.getId() + " no está en " + esperado);
      }
    }
    assertThat(fallas).isEmpty();
  }

  private static Bounds limitesDe(Modelo m, String idElemento) {
    return m.todos(BpmnShape.class).stream()
        .filter(s -> s.getBpmnElement() != null && idElemento.equals(s.getBpmnElement().getId()))
        .map(BpmnShape::getBounds)
        .findFirst()
        .orElse(null);
  }

  @Test
  void existenLosProcesosElementosYMensajesQueFijaElContrato() {
    Map<String, Modelo> porClave =
        modelos.stream().collect(Collectors.toMap(m -> m.proceso().getId(), m -> m));
    assertThat(porClave)
        .containsKeys(
            AtencionTicketProceso.CLAVE,
            ConsolidacionPatrimonioProceso.CLAVE,
            CicloVidaEquipoProceso.CLAVE,
            ReportarErrorProveedorProceso.CLAVE,
            MantenimientoEquiposProceso.CLAVE,
            MantenimientoEquiposProceso.CLAVE_PROGRAMACION_CPU,
            MantenimientoEquiposProceso.CLAVE_PROGRAMACION_IMPRESORAS);
    List<String> fallas = new ArrayList<>();
    ELEMENTOS_DEL_CONTRATO.forEach(
        (clave, elementos) ->
            elementos.forEach(
                (id, tipo) -> {
                  ModelElementInstance e = porClave.get(clave).bpmn().getModelElementById(id);
                  if (!tipo.isInstance(e))
                    fallas.add(clave + ": falta " + tipo.getSimpleName() + " " + id);
                }));
    MENSAJES_DEL_CONTRATO.forEach(
        (clave, mensajes) ->
            mensajes.forEach(
                (nombre, idEvento) -> {
                  ModelElementInstance e = porClave.get(clave).bpmn().getModelElementById(idEvento);
                  boolean espera =
                      e instanceof CatchEvent evento
                          && evento.getEventDefinitions().stream()
                              .anyMatch(
                                  d ->
                                      d instanceof MessageEventDefinition md
                                          && md.getMessage() != null
                                          && nombre.equals(md.getMessage().getName()));
                  if (!espera)
                    fallas.add(clave + ": " + idEvento + " no espera el mensaje " + nombre);
                }));
    for (Modelo m : modelos) {
      for (Message mensaje : m.todos(Message.class)) {
        if (!mensaje.getId().equals("Message_" + mensaje.getName())) {
          fallas.add(
              m.archivo() + ": el mensaje " + mensaje.getName() + " tiene id " + mensaje.getId());
        }
      }
    }
    assertThat(fallas).isEmpty();
  }

  @Test
  void lasActividadesNumeradasLlevanSuNumeroEnElIdYEnElNombre() {
    List<String> fallas = new ArrayList<>();
    for (Modelo m : modelos) {
      for (BaseElement e : m.todos(BaseElement.class)) {
        String id = e.getId();
        if (id == null || !id.matches("A\\d.*")) continue;
        Matcher idOk = ID_DE_ACTIVIDAD.matcher(id);
        int numero = idOk.matches() ? Integer.parseInt(idOk.group(1)) : 0;
        String nombre = e instanceof FlowNode nodo ? nodo.getName() : null;
        if (numero < 1 || numero > 25 || !(e instanceof FlowNode)) {
          fallas.add(m.archivo() + ": " + id + " no es A<01-25>_<Nombre> de una actividad");
        } else if (nombre == null || !nombre.startsWith(idOk.group(1) + " ")) {
          fallas.add(m.archivo() + ": " + id + " se llama '" + nombre + "'");
        }
      }
      for (FlowNode nodo : m.todos(FlowNode.class)) {
        Matcher nombre = NOMBRE_NUMERADO.matcher(String.valueOf(nodo.getName()));
        if (nombre.matches() && !nodo.getId().startsWith("A" + nombre.group(1) + "_")) {
          fallas.add(m.archivo() + ": '" + nodo.getName() + "' tiene id " + nodo.getId());
        }
      }
    }
    assertThat(fallas).isEmpty();
  }

  @Test
  void ningunIdEsGeneradoPorElModelador() {
    List<String> fallas = new ArrayList<>();
    for (Modelo m : modelos) {
      idsDe(m.bpmn().getDocument().getRootElement()).stream()
          .map(id -> id.endsWith("_di") ? id.substring(0, id.length() - 3) : id)
          .filter(id -> IDS_GENERADOS.stream().anyMatch(p -> p.matcher(id).matches()))
          .forEach(id -> fallas.add(m.archivo() + ": " + id));
    }
    assertThat(fallas).isEmpty();
  }

  @Test
  void cadaElementoSeDibujaEnElDiagramaDentroDeUnCarril() {
    List<String> fallas = new ArrayList<>();
    for (Modelo m : modelos) {
      Set<String> dibujados = new HashSet<>();
      m.todos(BpmnShape.class).forEach(s -> dibujados.add(s.getBpmnElement().getId()));
      m.todos(BpmnEdge.class).forEach(e -> dibujados.add(e.getBpmnElement().getId()));
      Stream.of(FlowNode.class, SequenceFlow.class, Participant.class, Lane.class)
          .flatMap(tipo -> m.todos(tipo).stream())
          .filter(e -> !dibujados.contains(e.getId()))
          .forEach(e -> fallas.add(m.archivo() + ": sin figura " + e.getId()));
      if (m.todos(Participant.class).stream().noneMatch(p -> m.proceso().equals(p.getProcess()))) {
        fallas.add(m.archivo() + ": el proceso no está en un pool");
      }
      for (FlowNode nodo : m.todos(FlowNode.class)) {
        long carriles =
            m.todos(Lane.class).stream().filter(l -> l.getFlowNodeRefs().contains(nodo)).count();
        if (carriles != 1)
          fallas.add(m.archivo() + ": " + nodo.getId() + " está en " + carriles + " carriles");
      }
    }
    assertThat(fallas).isEmpty();
  }

  @Test
  void lasTareasDeServicioLlamanAUnBeanDelegadoQueSeLlamaComoLaTarea() {
    List<String> fallas = new ArrayList<>();
    for (Modelo m : modelos) {
      m.todos(ScriptTask.class).forEach(t -> fallas.add(m.archivo() + ": script en " + t.getId()));
      for (ServiceTask t : m.todos(ServiceTask.class)) {
        Matcher bean = DELEGADO.matcher(String.valueOf(t.getCamundaDelegateExpression()));
        if (t.getCamundaClass() != null
            || t.getCamundaExpression() != null
            || t.getCamundaType() != null
            || !bean.matches()) {
          fallas.add(
              m.archivo() + ": " + t.getId() + " no usa delegateExpression ${<nombre>Delegate}");
        } else if (!bean.group(1).equals(beanDe(t.getId(), "Delegate"))) {
          fallas.add(m.archivo() + ": " + t.getId() + " llama a " + bean.group(1));
        }
      }
      for (CamundaExecutionListener l : m.todos(CamundaExecutionListener.class)) {
        if (!LISTENER.matcher(String.valueOf(l.getCamundaDelegateExpression())).matches()) {
          fallas.add(
              m.archivo() + ": execution listener sin delegateExpression ${<nombre>Listener}");
        }
      }
    }
    assertThat(fallas).isEmpty();
  }

  @Test
  void cadaTareaDeUsuarioTieneUnListenerQueAtiendeCrearYCompletar() {
    List<String> fallas = new ArrayList<>();
    for (Modelo m : modelos) {
      for (UserTask t : m.todos(UserTask.class)) {
        List<CamundaTaskListener> listeners =
            t.getExtensionElements() == null
                ? List.of()
                : t.getExtensionElements()
                    .getElementsQuery()
                    .filterByType(CamundaTaskListener.class)
                    .list();
        Set<String> eventos =
            listeners.stream()
                .map(CamundaTaskListener::getCamundaEvent)
                .collect(Collectors.toSet());
        Set<String> beans =
            listeners.stream()
                .map(CamundaTaskListener::getCamundaDelegateExpression)
                .collect(Collectors.toSet());
        String esperado = "${" + beanDe(t.getId(), "Listener") + "}";
        if (listeners.size() != 2
            || !eventos.equals(Set.of("create", "complete"))
            || !beans.equals(Set.of(esperado))
            || listeners.stream()
                .anyMatch(l -> l.getCamundaClass() != null || l.getCamundaScript() != null)) {
          fallas.add(
              m.archivo() + ": " + t.getId() + " debe tener " + esperado + " en create y complete");
        }
      }
    }
    assertThat(fallas).isEmpty();
  }

  @Test
  void cadaTareaDeUsuarioVaAlResponsableDelContratoEnSuCarril() {
    List<String> fallas = new ArrayList<>();
    for (Modelo m : modelos) {
      for (UserTask t : m.todos(UserTask.class)) {
        String grupo = t.getCamundaCandidateGroups();
        String asignado = t.getCamundaAssignee();
        String responsable = grupo != null ? "grupo " + grupo : "asignada a " + asignado;
        String esperado = RESPONSABLES_DEL_CONTRATO.get(t.getId());
        if (esperado != null && !esperado.equals(responsable)) {
          fallas.add(m.archivo() + ": " + t.getId() + " es " + responsable + ", no " + esperado);
        }
        boolean valido =
            grupo != null
                ? CARRIL_DE_GRUPO.containsKey(grupo) && asignado == null
                : asignado != null && asignado.matches("\\$\\{[a-z][A-Za-z0-9]*}");
        String carril = grupo != null ? CARRIL_DE_GRUPO.get(grupo) : "Lane_SoporteTecnico";
        boolean enSuCarril =
            m.todos(Lane.class).stream()
                .anyMatch(l -> l.getId().equals(carril) && l.getFlowNodeRefs().contains(t));
        if (!valido || !enSuCarril) {
          fallas.add(
              m.archivo() + ": " + t.getId() + " (" + responsable + ") no está en " + carril);
        }
      }
    }
    assertThat(fallas).isEmpty();
  }

  @Test
  void cadaTareaDeUsuarioYEventoDeInicioSinDisparadorUsaLaUltimaVersionDeSuFormulario() {
    List<String> fallas = new ArrayList<>();
    for (Modelo m : modelos) {
      for (UserTask t : m.todos(UserTask.class)) {
        boolean camundaForm =
            ("Form_" + t.getId()).equals(t.getCamundaFormRef())
                && "latest".equals(t.getCamundaFormRefBinding())
                && t.getCamundaFormKey() == null;
        boolean embebido =
            t.getCamundaFormRef() == null
                && ("embedded:/formularios/" + t.getId() + ".html").equals(t.getCamundaFormKey());
        if (!camundaForm && !embebido) fallas.add(m.archivo() + ": formulario de " + t.getId());
      }
      for (StartEvent s : m.todos(StartEvent.class)) {
        boolean formulario =
            ("Form_" + s.getId()).equals(s.getCamundaFormRef())
                    && "latest".equals(s.getCamundaFormRefBinding())
                    && s.getCamundaFormKey() == null
                || s.getCamundaFormRef() == null
                    && ("embedded:/formularios/" + s.getId() + ".html")
                        .equals(s.getCamundaFormKey());
        boolean conFormulario = s.getCamundaFormRef() != null || s.getCamundaFormKey() != null;
        if ((s.getEventDefinitions().isEmpty() || conFormulario) && !formulario) {
          fallas.add(m.archivo() + ": formulario de " + s.getId());
        }
      }
    }
    assertThat(fallas).isEmpty();
  }

  @Test
  void elCorreoYLosDocumentosVanTrasUnLimiteAsincronoConReintentos() {
    List<String> fallas = new ArrayList<>();
    for (Modelo m : modelos) {
      for (FlowNode nodo : m.todos(FlowNode.class)) {
        boolean antes = atributoCamunda(nodo, "asyncBefore") || atributoCamunda(nodo, "async");
        boolean asincrono = antes || atributoCamunda(nodo, "asyncAfter");
        String reintentos =
            nodo.getExtensionElements() == null
                ? null
                : nodo
                    .getExtensionElements()
                    .getElementsQuery()
                    .filterByType(CamundaFailedJobRetryTimeCycle.class)
                    .list()
                    .stream()
                    .map(CamundaFailedJobRetryTimeCycle::getTextContent)
                    .findFirst()
                    .orElse(null);
        if (TAREAS_DE_CORREO_Y_DOCUMENTOS.contains(nodo.getId())
            && !(antes && "R5/PT5M".equals(reintentos))) {
          fallas.add(
              m.archivo() + ": " + nodo.getId() + " no es asyncBefore con reintentos R5/PT5M");
        }
        if (asincrono && reintentos == null)
          fallas.add(m.archivo() + ": " + nodo.getId() + " sin reintentos");
        boolean enLaTransaccionDeInicio =
            nodo.getId().equals(Elementos.REGISTRAR_TICKET) || nodo instanceof StartEvent;
        if (enLaTransaccionDeInicio && asincrono) {
          fallas.add(
              m.archivo() + ": " + nodo.getId() + " debe validar en la transacción que inicia");
        }
      }
    }
    assertThat(fallas).isEmpty();
  }

  @Test
  void cadaDecisionLeeUnaSolaVariableYNombraSusSalidas() {
    List<String> fallas = new ArrayList<>();
    for (Modelo m : modelos) {
      for (SequenceFlow f : m.todos(SequenceFlow.class)) {
        FlowNode origen = f.getSource();
        boolean esDecision = origen instanceof ExclusiveGateway && origen.getOutgoing().size() > 1;
        boolean esDefault = esDecision && f.equals(((ExclusiveGateway) origen).getDefault());
        var condicion = f.getConditionExpression();
        if (esDecision && (f.getName() == null || f.getName().isBlank())) {
          fallas.add(m.archivo() + ": " + f.getId() + " sale de una decisión sin nombre");
        }
        if (esDecision && esDefault == (condicion != null)) {
          fallas.add(
              m.archivo() + ": " + f.getId() + " necesita condición o ser el flujo por defecto");
        }
        if (condicion != null
            && (!esDecision
                || !"bpmn:tFormalExpression".equals(condicion.getType())
                || !CONDICION.matcher(condicion.getTextContent().trim()).matches())) {
          fallas.add(
              m.archivo() + ": condición de " + f.getId() + ": " + condicion.getTextContent());
        }
      }
    }
    assertThat(fallas).isEmpty();
  }

  @Test
  void losPlazosYCiclosVienenDeLaConfiguracion() {
    List<String> fallas = new ArrayList<>();
    for (Modelo m : modelos) {
      for (TimerEventDefinition t : m.todos(TimerEventDefinition.class)) {
        List<String> expresiones =
            Stream.of(t.getTimeDuration(), t.getTimeCycle(), t.getTimeDate())
                .filter(e -> e != null)
                .map(e -> e.getTextContent().trim())
                .toList();
        String evento = ((BaseElement) t.getParentElement()).getId();
        boolean fechaDeVariable =
            t.getTimeDate() != null
                && expresiones.size() == 1
                && FECHA_DE_VARIABLE.matcher(expresiones.get(0)).matches();
        if (!fechaDeVariable
            && (expresiones.size() != 1 || !PLAZO.matcher(expresiones.get(0)).matches())) {
          fallas.add(
              m.archivo()
                  + ": el temporizador de "
                  + evento
                  + " no es ${plazos.<plazo>} ni una fecha ${<variable>}");
        }
      }
    }
    assertThat(fallas).isEmpty();
  }

  @Test
  void cadaModeloDeProgramacionIniciaElMantenimientoDeSuClaseConUnTemporizadorCiclico() {
    Map<String, String> claseDe =
        Map.of(
            MantenimientoEquiposProceso.CLAVE_PROGRAMACION_CPU,
            "CPU",
            MantenimientoEquiposProceso.CLAVE_PROGRAMACION_IMPRESORAS,
            "IMPRESORA");
    List<String> fallas = new ArrayList<>();
    for (Modelo m : modelos) {
      String clase = claseDe.get(m.proceso().getId());
      if (clase == null) continue;
      boolean ciclico =
          m.todos(StartEvent.class).stream()
              .flatMap(s -> s.getEventDefinitions().stream())
              .anyMatch(d -> d instanceof TimerEventDefinition t && t.getTimeCycle() != null);
      ModelElementInstance tarea =
          m.bpmn().getModelElementById(MantenimientoEquiposProceso.Elementos.INICIAR_MANTENIMIENTO);
      String parametro =
          !(tarea instanceof ServiceTask st) || st.getExtensionElements() == null
              ? null
              : st
                  .getExtensionElements()
                  .getElementsQuery()
                  .filterByType(CamundaInputOutput.class)
                  .list()
                  .stream()
                  .flatMap(io -> io.getCamundaInputParameters().stream())
                  .filter(
                      p ->
                          MantenimientoEquiposProceso.Variables.TIPO_EQUIPO
                              .nombre()
                              .equals(p.getCamundaName()))
                  .map(CamundaInputParameter::getTextContent)
                  .findFirst()
                  .orElse(null);
      if (!ciclico) fallas.add(m.archivo() + ": el inicio no es un temporizador cíclico");
      if (!clase.equals(parametro))
        fallas.add(m.archivo() + ": tipoEquipo es " + parametro + ", no " + clase);
    }
    assertThat(fallas).isEmpty();
    assertThat(modelos).extracting(m -> m.proceso().getId()).containsAll(claseDe.keySet());
  }

  private static Map<Integer, String> carrilesDeActividades() {
    Map<Integer, String> carriles = new LinkedHashMap<>();
    for (int n = 1; n <= 25; n++) carriles.put(n, "Lane_SoporteTecnico");
    List.of(1, 2, 13, 20, 23, 24, 25).forEach(n -> carriles.put(n, "Lane_MesaAyuda"));
    List.of(14, 21).forEach(n -> carriles.put(n, "Lane_JefeUast"));
    carriles.put(22, "Lane_JefeOti");
    return carriles;
  }

  private static Map<String, Class<? extends FlowNode>> elementos(Object... idYTipo) {
    Map<String, Class<? extends FlowNode>> elementos = new LinkedHashMap<>();
    for (int i = 0; i < idYTipo.length; i += 2) {
      @SuppressWarnings("unchecked")
      Class<? extends FlowNode> tipo = (Class<? extends FlowNode>) idYTipo[i + 1];
      elementos.put((String) idYTipo[i], tipo);
    }
    return elementos;
  }

  /**
   * La cadena de nombres del estilo de la casa: A08_NotificarProveedor →
   * notificarProveedorDelegate.
   */
  private static String beanDe(String idElemento, String sufijo) {
    String base = idElemento.substring(idElemento.indexOf('_') + 1);
    return Character.toLowerCase(base.charAt(0)) + base.substring(1) + sufijo;
  }

  /**
   * Leído del XML: el API del modelo rechaza isCamundaAsyncAfter() en algunos elementos (compuertas
   * basadas en eventos).
   */
  private static boolean atributoCamunda(FlowNode nodo, String atributo) {
    return "true".equals(nodo.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", atributo));
  }

  private static List<String> idsDe(DomElement elemento) {
    List<String> ids = new ArrayList<>();
    String id = elemento.getAttribute("id");
    if (id != null) ids.add(id);
    elemento.getChildElements().forEach(hijo -> ids.addAll(idsDe(hijo)));
    return ids;
  }
}
