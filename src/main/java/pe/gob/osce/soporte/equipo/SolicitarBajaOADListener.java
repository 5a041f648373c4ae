package pe.gob.osce.soporte.equipo;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.Errores;
import pe.gob.osce.soporte.comun.ListenerAlCompletar;
import pe.gob.osce.soporte.equipo.BajaBienesProceso.Variables;

/**
 * Actividad 22: la Jefatura de la OTI deriva el informe a la Oficina de Administración; la baja de
 * cada bien se registra a continuación ({@link ComunicarBajaSolicitadaDelegate}).
 */
@Component
class SolicitarBajaOADListener extends ListenerAlCompletar {

  @Override
  protected void alCompletar(DelegateTask tarea) {
    String documento = Variables.DOCUMENTO_SGD_OAD.leer(tarea);
    new Errores()
        .siVacio(
            Variables.DOCUMENTO_SGD_OAD,
            documento,
            "es obligatorio: el número del documento con que se derivó el informe a la OAD en el SGD")
        .siLargo(Variables.DOCUMENTO_SGD_OAD, documento, 100)
        .lanzarSiHay();
  }
}
