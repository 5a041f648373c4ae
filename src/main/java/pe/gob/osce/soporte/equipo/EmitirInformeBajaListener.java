package pe.gob.osce.soporte.equipo;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.Errores;
import pe.gob.osce.soporte.comun.ListenerAlCompletar;
import pe.gob.osce.soporte.equipo.BajaBienesProceso.Variables;

/**
 * Actividad 21: la Jefatura de la UAST revisa el informe de baja y lo emite a la OTI por el SGD.
 */
@Component
class EmitirInformeBajaListener extends ListenerAlCompletar {

  @Override
  protected void alCompletar(DelegateTask tarea) {
    String documento = Variables.DOCUMENTO_SGD_OTI.leer(tarea);
    new Errores()
        .siVacio(
            Variables.DOCUMENTO_SGD_OTI,
            documento,
            "es obligatorio: el número del documento con que se emitió el informe a la OTI en el SGD")
        .siLargo(Variables.DOCUMENTO_SGD_OTI, documento, 100)
        .lanzarSiHay();
  }
}
