package pe.gob.osce.soporte.equipo;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.Errores;
import pe.gob.osce.soporte.equipo.CicloVidaEquipoProceso.Variables;

/**
 * Actividad 18: ¿el equipo malogrado está obsoleto? Sí → baja (19); no → vuelve al almacén (17).
 */
@Component
class RevisarObsolescenciaListener extends TareaEquipoListener {

  RevisarObsolescenciaListener(FichaEquipo ficha) {
    super(ficha);
  }

  @Override
  protected void alCompletar(DelegateTask tarea) {
    Boolean obsoleto = Variables.OBSOLETO.leer(tarea);
    String observaciones = Variables.SUSTENTO_OBSOLESCENCIA.leer(tarea);
    Errores errores =
        new Errores()
            .siVacio(
                Variables.SUSTENTO_OBSOLESCENCIA,
                observaciones,
                "es obligatorio: sustente la revisión de obsolescencia")
            .siLargo(Variables.SUSTENTO_OBSOLESCENCIA, observaciones, 800);
    if (obsoleto == null) {
      errores.agregar(Variables.OBSOLETO, "indique si el equipo está obsoleto");
    }
    errores.lanzarSiHay();
    Variables.OBSOLETO.escribir(tarea, obsoleto);
  }
}
