package pe.gob.osce.soporte.cargo;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.ListenerAlCompletar;
import pe.gob.osce.soporte.comun.Errores;

/** Actividad 14: la jefatura de la UAST deriva los cargos del mes a Patrimonio (UABA) por el SGD. */
@Component
public class DerivarCargosPatrimonioListener extends ListenerAlCompletar {

  @Override
  protected void alCompletar(DelegateTask tarea) {
    String documento = ConsolidacionPatrimonioProceso.Variables.DOCUMENTO_SGD.leer(tarea);
    new Errores().siVacio(ConsolidacionPatrimonioProceso.Variables.DOCUMENTO_SGD, documento,
            "es obligatorio: el número del documento SGD de derivación a Patrimonio")
        .siLargo(ConsolidacionPatrimonioProceso.Variables.DOCUMENTO_SGD, documento, 100)
        .lanzarSiHay();
  }
}
