package pe.gob.osce.soporte.equipo;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.Errores;
import pe.gob.osce.soporte.comun.LecturaVariables;
import pe.gob.osce.soporte.comun.UsuarioActual;

/** Actividad 22: la Jefatura de la OTI deriva el informe a la Oficina de Administración: baja solicitada. */
@Component
public class SolicitarBajaOADListener extends TareaEquipoListener {

  private final RegistroEquipos registro;
  private final UsuarioActual usuario;

  public SolicitarBajaOADListener(FichaEquipo ficha, RegistroEquipos registro, UsuarioActual usuario) {
    super(ficha);
    this.registro = registro;
    this.usuario = usuario;
  }

  @Override
  protected void alCompletar(DelegateTask tarea) {
    String documento = LecturaVariables.texto(tarea, CicloVidaEquipoProceso.VAR_DOCUMENTO_SGD_OAD);
    new Errores().siVacio(CicloVidaEquipoProceso.VAR_DOCUMENTO_SGD_OAD, documento,
            "es obligatorio: el número del documento con que se derivó el informe a la OAD en el SGD")
        .siLargo(CicloVidaEquipoProceso.VAR_DOCUMENTO_SGD_OAD, documento, 100).lanzarSiHay();
    registro.cambiar(LecturaVariables.texto(tarea, CicloVidaEquipoProceso.VAR_CODIGO_PATRIMONIAL),
        EstadoEquipo.BAJA_SOLICITADA, null, "Informe de baja N° "
            + LecturaVariables.texto(tarea, CicloVidaEquipoProceso.VAR_NUMERO_INFORME_BAJA)
            + " derivado a la Oficina de Administración con " + documento + " (actividad 22)", null, usuario.id());
  }
}
