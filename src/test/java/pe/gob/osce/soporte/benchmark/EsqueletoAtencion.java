package pe.gob.osce.soporte.benchmark;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.RepositoryServiceImpl;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ProcessDefinitionImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso;

/**
 * El mismo esqueleto BPMN que {@code bpmn/atencionTicket.bpmn}, sin nada del servicio: sin
 * listeners (ni los del modelo ni el que {@code NombrarTareasPlugin} agrega a cada tarea de usuario
 * al leerlo), cada service task con un delegate que no hace nada, los mensajes con otro nombre,
 * desplegado con la clave {@value #CLAVE}. Las tareas, los jobs asíncronos, el temporizador, las
 * compuertas y el historial son los del motor; la comparación mide lo que el servicio agrega
 * encima.
 */
final class EsqueletoAtencion {

  static final String CLAVE = "atencionTicketEsqueleto";
  static final String BEAN_NO_OP = "esqueletoNoOpDelegate";

  private EsqueletoAtencion() {}

  /**
   * Deriva el esqueleto del modelo empaquetado, lo despliega y devuelve la definición desplegada.
   */
  static ProcessDefinition desplegar(ProcessEngine motor, ConfigurableListableBeanFactory beans) {
    if (!beans.containsBean(BEAN_NO_OP)) {
      beans.registerSingleton(BEAN_NO_OP, (JavaDelegate) ejecucion -> {});
    }
    BpmnModelInstance modelo = derivar();
    String id =
        motor
            .getRepositoryService()
            .createDeployment()
            .name("benchmark-esqueleto")
            .addModelInstance(CLAVE + ".bpmn", modelo)
            .deploy()
            .getId();
    ProcessDefinition definicion =
        motor.getRepositoryService().createProcessDefinitionQuery().deploymentId(id).singleResult();
    quitarListenersDelServicio(motor, definicion.getId());
    copiarAutorizaciones(motor.getAuthorizationService());
    return definicion;
  }

  static BpmnModelInstance derivar() {
    BpmnModelInstance modelo;
    try (InputStream bpmn =
        EsqueletoAtencion.class.getResourceAsStream("/bpmn/atencionTicket.bpmn")) {
      modelo = Bpmn.readModelFromStream(bpmn);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("No se pudo leer bpmn/atencionTicket.bpmn", e);
    }
    modelo.getModelElementById(AtencionTicketProceso.CLAVE).setAttributeValue("id", CLAVE, true);
    quitar(modelo.getModelElementsByType(CamundaTaskListener.class));
    quitar(modelo.getModelElementsByType(CamundaExecutionListener.class));
    for (ServiceTask tarea : modelo.getModelElementsByType(ServiceTask.class)) {
      tarea.setCamundaDelegateExpression("${" + BEAN_NO_OP + "}");
    }
    for (UserTask tarea : modelo.getModelElementsByType(UserTask.class)) {
      if (tarea.getCamundaFormKey()
          != null) { // el formulario embebido de la actividad 11 no va con el esqueleto
        tarea.removeAttributeNs(
            org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.CAMUNDA_NS, "formKey");
      }
    }
    // Un mensaje de inicio con el mismo nombre en dos procesos no se puede desplegar.
    for (Message mensaje : modelo.getModelElementsByType(Message.class)) {
      mensaje.setName(mensaje.getName() + "Esqueleto");
    }
    return modelo;
  }

  private static void quitar(java.util.Collection<? extends ModelElementInstance> elementos) {
    for (ModelElementInstance elemento : List.copyOf(elementos)) {
      elemento.getParentElement().removeChildElement(elemento);
    }
  }

  /**
   * El plugin del servicio pone su listener en cada tarea de usuario de cada modelo que se lee; en
   * el esqueleto se quitan de la definición ya leída (en la caché del motor; solo para esta
   * medida).
   */
  private static void quitarListenersDelServicio(ProcessEngine motor, String definicionId) {
    ProcessDefinitionImpl definicion =
        (ProcessDefinitionImpl)
            ((RepositoryServiceImpl) motor.getRepositoryService())
                .getDeployedProcessDefinition(definicionId);
    quitarListeners(definicion);
  }

  private static void quitarListeners(ScopeImpl ambito) {
    for (ActivityImpl actividad : ambito.getActivities()) {
      if (actividad.getActivityBehavior() instanceof UserTaskActivityBehavior tarea) {
        var definicion = tarea.getTaskDefinition();
        for (var evento : definicion.getTaskListeners().entrySet()) {
          List<?> todos = definicion.getAllTaskListenersForEvent(evento.getKey());
          if (todos != null) {
            todos.removeAll(evento.getValue()); // los del motor (builtin) quedan
          }
        }
        definicion.setTaskListeners(new HashMap<>());
      }
      quitarListeners(actividad);
    }
  }

  /**
   * Quien puede iniciar atencionTicket puede iniciar el esqueleto: el mismo camino de
   * autorizaciones.
   */
  private static void copiarAutorizaciones(AuthorizationService autorizaciones) {
    for (Authorization original :
        autorizaciones
            .createAuthorizationQuery()
            .resourceType(Resources.PROCESS_DEFINITION)
            .resourceId(AtencionTicketProceso.CLAVE)
            .list()) {
      boolean existe =
          autorizaciones
                  .createAuthorizationQuery()
                  .resourceType(Resources.PROCESS_DEFINITION)
                  .resourceId(CLAVE)
                  .authorizationType(original.getAuthorizationType())
                  .groupIdIn(
                      original.getGroupId() == null
                          ? new String[0]
                          : new String[] {original.getGroupId()})
                  .count()
              > 0;
      if (existe || original.getGroupId() == null) {
        continue;
      }
      Authorization copia = autorizaciones.createNewAuthorization(original.getAuthorizationType());
      copia.setGroupId(original.getGroupId());
      copia.setResource(Resources.PROCESS_DEFINITION);
      copia.setResourceId(CLAVE);
      copia.setPermissions(original.getPermissions(ProcessDefinitionPermissions.values()));
      autorizaciones.saveAuthorization(copia);
    }
  }
}
