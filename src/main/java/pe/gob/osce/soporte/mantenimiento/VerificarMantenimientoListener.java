package pe.gob.osce.soporte.mantenimiento;

import static pe.gob.osce.soporte.mantenimiento.MantenimientoEquiposProceso.VAR_CODIGO;
import static pe.gob.osce.soporte.mantenimiento.MantenimientoEquiposProceso.VAR_EQUIPOS_CON_ERRORES;
import static pe.gob.osce.soporte.mantenimiento.MantenimientoEquiposProceso.VAR_ERRORES_DETECTADOS;
import static pe.gob.osce.soporte.mantenimiento.MantenimientoEquiposProceso.VAR_RESULTADO_VERIFICACION;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.Errores;
import pe.gob.osce.soporte.comun.LecturaVariables;
import pe.gob.osce.soporte.comun.ListenerAlCompletar;
import pe.gob.osce.soporte.comun.UsuarioActual;

/**
 * Actividad 24: pasadas las 48 horas, ¿la PC o impresora tuvo desperfectos? Sí → se anotan cuáles
 * (entre las atendidas) y se coordina de nuevo (23).
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
    String codigo = LecturaVariables.texto(tarea, VAR_CODIGO);
    Boolean errores = LecturaVariables.booleano(tarea, VAR_ERRORES_DETECTADOS);
    String resultado = LecturaVariables.texto(tarea, VAR_RESULTADO_VERIFICACION);
    List<String> conErrores = LecturaVariables.codigos(LecturaVariables.texto(tarea, VAR_EQUIPOS_CON_ERRORES));
    Errores invalidos = new Errores().siLargo(VAR_RESULTADO_VERIFICACION, resultado, 1500);
    if (errores == null) {
      invalidos.agregar(VAR_ERRORES_DETECTADOS, "indique si se detectó errores");
    } else if (errores) {
      invalidos.siVacio(VAR_RESULTADO_VERIFICACION, resultado,
          "describa los errores detectados: se coordinará de nuevo con el/la proveedor/a");
      List<String> atendidos = registro.buscar(codigo).orElseThrow().equiposAtendidos();
      List<String> ajenos = conErrores.stream().filter(c -> !atendidos.contains(c)).toList();
      if (conErrores.isEmpty()) {
        invalidos.agregar(VAR_EQUIPOS_CON_ERRORES, "indique qué PC o impresoras tuvieron desperfectos (códigos"
            + " patrimoniales entre los atendidos: " + String.join(", ", atendidos) + ")");
      } else if (!ajenos.isEmpty()) {
        invalidos.agregar(VAR_EQUIPOS_CON_ERRORES, String.join(", ", ajenos) + " no está entre los equipos atendidos"
            + " en este mantenimiento (" + String.join(", ", atendidos) + ")");
      }
    }
    invalidos.lanzarSiHay();
    List<String> anotados = errores ? conErrores : List.of();
    tarea.setVariable(VAR_ERRORES_DETECTADOS, errores);
    tarea.setVariable(VAR_EQUIPOS_CON_ERRORES, String.join(", ", anotados));
    String texto = errores ? "Con errores en " + String.join(", ", anotados) + ": " + resultado
        : "Sin errores" + (resultado == null ? "" : ": " + resultado);
    registro.verificado(codigo, errores, texto, anotados);
    registro.anotar(codigo, tarea.getTaskDefinitionKey(), usuario.id(), "Verificación: " + texto);
  }
}
