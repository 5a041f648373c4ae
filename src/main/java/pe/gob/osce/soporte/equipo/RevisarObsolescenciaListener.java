package pe.gob.osce.soporte.equipo;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.Errores;
import pe.gob.osce.soporte.comun.LecturaVariables;

/** Actividad 18: ¿el equipo malogrado está obsoleto? Sí → baja (19); no → vuelve al almacén (17). */
@Component
class RevisarObsolescenciaListener extends TareaEquipoListener {

  RevisarObsolescenciaListener(FichaEquipo ficha) {
    super(ficha);
  }

  @Override
  protected void alCompletar(DelegateTask tarea) {
    Boolean obsoleto = LecturaVariables.booleano(tarea, CicloVidaEquipoProceso.VAR_OBSOLETO);
    String observaciones = LecturaVariables.texto(tarea, CicloVidaEquipoProceso.VAR_SUSTENTO_OBSOLESCENCIA);
    Errores errores = new Errores().siVacio(CicloVidaEquipoProceso.VAR_SUSTENTO_OBSOLESCENCIA, observaciones,
        "es obligatorio: sustente la revisión de obsolescencia").siLargo(CicloVidaEquipoProceso.VAR_SUSTENTO_OBSOLESCENCIA, observaciones, 800);
    if (obsoleto == null) {
      errores.agregar(CicloVidaEquipoProceso.VAR_OBSOLETO, "indique si el equipo está obsoleto");
    }
    errores.lanzarSiHay();
    tarea.setVariable(CicloVidaEquipoProceso.VAR_OBSOLETO, obsoleto);
  }
}
