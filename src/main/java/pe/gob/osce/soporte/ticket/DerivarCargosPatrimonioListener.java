package pe.gob.osce.soporte.ticket;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.Errores;
import pe.gob.osce.soporte.comun.LecturaVariables;

/** Actividad 14: la jefatura de la UAST deriva los cargos del mes a Patrimonio (UABA) por el SGD. */
@Component
public class DerivarCargosPatrimonioListener implements TaskListener {

  @Override
  public void notify(DelegateTask tarea) {
    if (EVENTNAME_COMPLETE.equals(tarea.getEventName())) {
      String documento = LecturaVariables.texto(tarea, ConsolidacionPatrimonioProceso.VAR_DOCUMENTO_SGD);
      new Errores().siVacio(ConsolidacionPatrimonioProceso.VAR_DOCUMENTO_SGD, documento,
              "es obligatorio: el número del documento SGD de derivación a Patrimonio")
          .siLargo(ConsolidacionPatrimonioProceso.VAR_DOCUMENTO_SGD, documento, 100)
          .lanzarSiHay();
    }
  }
}
