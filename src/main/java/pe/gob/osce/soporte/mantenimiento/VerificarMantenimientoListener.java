package pe.gob.osce.soporte.mantenimiento;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.Errores;
import pe.gob.osce.soporte.comun.ListenerAlCompletar;
import pe.gob.osce.soporte.comun.UsuarioActual;
import pe.gob.osce.soporte.mantenimiento.MantenimientoEquiposProceso.Variables;
import pe.gob.osce.soporte.mantenimiento.ReglaVerificacionMantenimiento.Verificacion;

/**
 * Actividad 24: lee la verificación, aplica {@link ReglaVerificacionMantenimiento} y anota el
 * resultado; con errores el proceso vuelve a coordinar (23).
 */
@Component
class VerificarMantenimientoListener extends ListenerAlCompletar {

  private final RegistroMantenimientos registro;
  private final UsuarioActual usuario;

  VerificarMantenimientoListener(RegistroMantenimientos registro, UsuarioActual usuario) {
    this.registro = registro;
    this.usuario = usuario;
  }

  @Override
  protected void alCompletar(DelegateTask tarea) {
    String codigo = Variables.CODIGO.leer(tarea);
    Verificacion verificacion =
        new Verificacion(
            Variables.ERRORES_DETECTADOS.leer(tarea),
            Variables.RESULTADO_VERIFICACION.leer(tarea),
            Variables.EQUIPOS_CON_ERRORES.leer(tarea),
            registro.buscar(codigo).orElseThrow().equiposAtendidos());
    Errores errores = new Errores();
    ReglaVerificacionMantenimiento.validar(verificacion, errores);
    errores.lanzarSiHay();
    List<String> anotados = ReglaVerificacionMantenimiento.anotados(verificacion);
    String texto = ReglaVerificacionMantenimiento.texto(verificacion);
    Variables.ERRORES_DETECTADOS.escribir(tarea, verificacion.erroresDetectados());
    Variables.EQUIPOS_CON_ERRORES.escribir(tarea, anotados);
    registro.verificado(codigo, verificacion.erroresDetectados(), texto, anotados);
    registro.anotar(codigo, tarea.getTaskDefinitionKey(), usuario.id(), "Verificación: " + texto);
  }
}
