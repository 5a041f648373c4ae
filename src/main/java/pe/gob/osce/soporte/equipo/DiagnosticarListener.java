package pe.gob.osce.soporte.equipo;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.ListenerAlCompletar;
import pe.gob.osce.soporte.comun.Errores;
import pe.gob.osce.soporte.comun.LecturaVariables;
import pe.gob.osce.soporte.comun.UsuarioActual;

/**
 * Actividad 15: el diagnóstico del equipo devuelto (operativo o inoperativo) se anota en el
 * registro de alta, baja y traslado.
 */
@Component
public class DiagnosticarListener extends ListenerAlCompletar {

  private final RegistroEquipos registro;
  private final UsuarioActual usuario;

  public DiagnosticarListener(RegistroEquipos registro, UsuarioActual usuario) {
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
    errores.lanzarSiHay();
    String codigo = LecturaVariables.texto(tarea, CicloVidaEquipoProceso.VAR_CODIGO_PATRIMONIAL);
    if (registro.existe(codigo)) {
      registro.cambiar(codigo, EstadoEquipo.EN_DIAGNOSTICO, null,
          "Diagnóstico: " + (operativo ? "operativo" : "inoperativo") + ". " + diagnostico,
          LecturaVariables.texto(tarea, CicloVidaEquipoProceso.VAR_TICKET), usuario.id());
    }
  }
}
