package pe.gob.osce.soporte.tasklist;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Pone el {@link NombrarTareaListener} en el evento create de cada tarea de usuario de cada modelo
 * que se despliega, también de los que se agreguen después: los BPMN no cambian.
 */
@Component
class NombrarTareasPlugin extends AbstractProcessEnginePlugin {

  private final NombrarTareaListener listener;

  NombrarTareasPlugin(NombrarTareaListener listener) {
    this.listener = listener;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuracion) {
    List<BpmnParseListener> listeners = new ArrayList<>();
    if (configuracion.getCustomPreBPMNParseListeners() != null) {
      listeners.addAll(configuracion.getCustomPreBPMNParseListeners());
    }
    listeners.add(new AlLeerTareaDeUsuario(listener));
    configuracion.setCustomPreBPMNParseListeners(listeners);
  }

  private static final class AlLeerTareaDeUsuario extends AbstractBpmnParseListener {
    private final TaskListener listener;

    AlLeerTareaDeUsuario(TaskListener listener) {
      this.listener = listener;
    }

    @Override
    public void parseUserTask(Element elemento, ScopeImpl ambito, ActivityImpl actividad) {
      if (actividad.getActivityBehavior() instanceof UserTaskActivityBehavior tarea) {
        tarea.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, listener);
      }
    }
  }
}
