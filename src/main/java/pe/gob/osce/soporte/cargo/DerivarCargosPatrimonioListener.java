package pe.gob.osce.soporte.cargo;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.cargo.ConsolidacionPatrimonioProceso.Variables;
import pe.gob.osce.soporte.comun.Errores;
import pe.gob.osce.soporte.comun.ListenerAlCompletar;

/**
 * Actividad 14: la jefatura de la UAST deriva los cargos del mes a Patrimonio (UABA) por el SGD.
 */
@Component
class DerivarCargosPatrimonioListener extends ListenerAlCompletar {

  @Override
  protected void alCompletar(DelegateTask tarea) {
    String documento = Variables.DOCUMENTO_SGD.leer(tarea);
    new Errores()
        .siVacio(
            Variables.DOCUMENTO_SGD,
            documento,
            "es obligatorio: el número del documento SGD de derivación a Patrimonio")
        .siLargo(Variables.DOCUMENTO_SGD, documento, 100)
        .lanzarSiHay();
  }
}
