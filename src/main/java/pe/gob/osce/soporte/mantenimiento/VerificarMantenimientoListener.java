package pe.gob.osce.soporte.mantenimiento;


import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.Errores;
import pe.gob.osce.soporte.comun.ListenerAlCompletar;
import pe.gob.osce.soporte.comun.UsuarioActual;

/**
 * Actividad 24: pasadas las 48 horas, ¿la PC o impresora tuvo desperfectos? Sí → se anotan cuáles
 * (entre las atendidas) y se coordina de nuevo (23).
 */
@Component
public class VerificarMantenimientoListener extends ListenerAlCompletar {

  private final RegistroMantenimientos registro;
  private final UsuarioActual usuario;

  public VerificarMantenimientoListener(RegistroMantenimientos registro, UsuarioActual usuario) {
    this.registro = registro;
    this.usuario = usuario;
  }

  @Override
  protected void alCompletar(DelegateTask tarea) {
    String codigo = MantenimientoEquiposProceso.Variables.CODIGO.leer(tarea);
    Boolean errores = MantenimientoEquiposProceso.Variables.ERRORES_DETECTADOS.leer(tarea);
    String resultado = MantenimientoEquiposProceso.Variables.RESULTADO_VERIFICACION.leer(tarea);
    List<String> conErrores = MantenimientoEquiposProceso.Variables.EQUIPOS_CON_ERRORES.leer(tarea);
    Errores invalidos = new Errores().siLargo(MantenimientoEquiposProceso.Variables.RESULTADO_VERIFICACION, resultado, 1500);
    if (errores == null) {
      invalidos.agregar(MantenimientoEquiposProceso.Variables.ERRORES_DETECTADOS, "indique si se detectó errores");
    } else if (errores) {
      invalidos.siVacio(MantenimientoEquiposProceso.Variables.RESULTADO_VERIFICACION, resultado,
          "describa los errores detectados: se coordinará de nuevo con el/la proveedor/a");
      List<String> atendidos = registro.buscar(codigo).orElseThrow().equiposAtendidos();
      List<String> ajenos = conErrores.stream().filter(c -> !atendidos.contains(c)).toList();
      if (conErrores.isEmpty()) {
        invalidos.agregar(MantenimientoEquiposProceso.Variables.EQUIPOS_CON_ERRORES, "indique qué PC o impresoras tuvieron desperfectos (códigos"
            + " patrimoniales entre los atendidos: " + String.join(", ", atendidos) + ")");
      } else if (!ajenos.isEmpty()) {
        invalidos.agregar(MantenimientoEquiposProceso.Variables.EQUIPOS_CON_ERRORES, String.join(", ", ajenos) + " no está entre los equipos atendidos"
            + " en este mantenimiento (" + String.join(", ", atendidos) + ")");
      }
    }
    invalidos.lanzarSiHay();
    List<String> anotados = errores ? conErrores : List.of();
    MantenimientoEquiposProceso.Variables.ERRORES_DETECTADOS.escribir(tarea, errores);
    MantenimientoEquiposProceso.Variables.EQUIPOS_CON_ERRORES.escribir(tarea, anotados);
    String texto = errores ? "Con errores en " + String.join(", ", anotados) + ": " + resultado
        : "Sin errores" + (resultado == null ? "" : ": " + resultado);
    registro.verificado(codigo, errores, texto, anotados);
    registro.anotar(codigo, tarea.getTaskDefinitionKey(), usuario.id(), "Verificación: " + texto);
  }
}
