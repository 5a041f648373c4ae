package pe.gob.osce.soporte.equipo;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.Errores;
import pe.gob.osce.soporte.comun.LecturaVariables;
import pe.gob.osce.soporte.comun.UsuarioActual;

/**
 * Actividad 15: el diagnóstico del equipo devuelto se anota en el registro de alta, baja y
 * traslado; operativo pasa a formateo (16), inoperativo queda malogrado camino a la baja (19).
 */
@Component
class DiagnosticarListener extends TareaEquipoListener {

  private final RegistroEquipos registro;
  private final UsuarioActual usuario;

  DiagnosticarListener(FichaEquipo ficha, RegistroEquipos registro, UsuarioActual usuario) {
    super(ficha);
    this.registro = registro;
    this.usuario = usuario;
  }

  @Override
  protected void alCompletar(DelegateTask tarea) {
    Boolean operativo = LecturaVariables.booleano(tarea, CicloVidaEquipoProceso.VAR_OPERATIVO);
    String diagnostico = LecturaVariables.texto(tarea, CicloVidaEquipoProceso.VAR_DIAGNOSTICO);
    Errores errores = new Errores().siVacio(CicloVidaEquipoProceso.VAR_DIAGNOSTICO, diagnostico,
        "es obligatorio: describa el estado del equipo");
    if (operativo == null) {
      errores.agregar(CicloVidaEquipoProceso.VAR_OPERATIVO, "indique si el equipo está operativo");
    }
    errores.siLargo(CicloVidaEquipoProceso.VAR_DIAGNOSTICO, diagnostico, 900).lanzarSiHay();
    tarea.setVariable(CicloVidaEquipoProceso.VAR_OPERATIVO, operativo);
    registro.cambiar(LecturaVariables.texto(tarea, CicloVidaEquipoProceso.VAR_CODIGO_PATRIMONIAL),
        operativo ? EstadoEquipo.EN_FORMATEO : EstadoEquipo.MALOGRADO, null,
        "Diagnóstico: " + (operativo ? "operativo, pasa a formateo. " : "inoperativo. ") + diagnostico,
        LecturaVariables.texto(tarea, CicloVidaEquipoProceso.VAR_TICKET), usuario.id());
  }
}
