package pe.gob.osce.soporte.equipo;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.Errores;
import pe.gob.osce.soporte.comun.UsuarioActual;
import pe.gob.osce.soporte.equipo.CicloVidaEquipoProceso.Variables;

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
    Boolean operativo = Variables.OPERATIVO.leer(tarea);
    String diagnostico = Variables.DIAGNOSTICO.leer(tarea);
    Errores errores =
        new Errores()
            .siVacio(
                Variables.DIAGNOSTICO,
                diagnostico,
                "es obligatorio: describa el estado del equipo");
    if (operativo == null) {
      errores.agregar(Variables.OPERATIVO, "indique si el equipo está operativo");
    }
    errores.siLargo(Variables.DIAGNOSTICO, diagnostico, 900).lanzarSiHay();
    Variables.OPERATIVO.escribir(tarea, operativo);
    registro.cambiar(
        Variables.CODIGO_PATRIMONIAL.leer(tarea),
        operativo ? EstadoEquipo.EN_FORMATEO : EstadoEquipo.MALOGRADO,
        null,
        "Diagnóstico: "
            + (operativo ? "operativo, pasa a formateo. " : "inoperativo. ")
            + diagnostico,
        Variables.TICKET.leer(tarea),
        usuario.id());
  }
}
