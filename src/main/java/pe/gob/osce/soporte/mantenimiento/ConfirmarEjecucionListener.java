package pe.gob.osce.soporte.mantenimiento;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.Errores;
import pe.gob.osce.soporte.comun.ListenerAlCompletar;
import pe.gob.osce.soporte.comun.Plazos;
import pe.gob.osce.soporte.comun.Reloj;
import pe.gob.osce.soporte.comun.UsuarioActual;
import pe.gob.osce.soporte.mantenimiento.MantenimientoEquiposProceso.Variables;
import pe.gob.osce.soporte.mantenimiento.ReglaEjecucionMantenimiento.Ejecucion;

/**
 * Actividad 23: el/la proveedor/a ejecutó el mantenimiento; se anotan la fecha y hora de ejecución
 * y las PC o impresoras atendidas. Las 48 horas "de ejecutado" de la actividad 24 corren desde esa
 * fecha y hora ({@code finEsperaVerificacion}, fecha del temporizador), no desde que se completa la
 * tarea: si ya pasaron, la verificación se abre en seguida.
 */
@Component
class ConfirmarEjecucionListener extends ListenerAlCompletar {

  private final RegistroMantenimientos registro;
  private final UsuarioActual usuario;
  private final Plazos plazos;

  ConfirmarEjecucionListener(
      RegistroMantenimientos registro, UsuarioActual usuario, Plazos plazos) {
    this.registro = registro;
    this.usuario = usuario;
    this.plazos = plazos;
  }

  @Override
  protected void alCompletar(DelegateTask tarea) {
    List<String> equipos = Variables.EQUIPOS_ATENDIDOS.leer(tarea);
    Ejecucion ejecucion =
        new Ejecucion(
            Variables.FECHA_EJECUCION.leer(tarea),
            equipos,
            Variables.EQUIPOS_ATENDIDOS.leerTexto(tarea));
    Errores errores = new Errores();
    OffsetDateTime ejecutado =
        ReglaEjecucionMantenimiento.validar(ejecucion, Reloj.ahora(), Reloj.LIMA, errores);
    errores.lanzarSiHay();

    OffsetDateTime finEspera =
        ejecutado.plus(Duration.parse(plazos.getVerificacionMantenimiento()));
    Variables.FIN_ESPERA.escribir(tarea, Date.from(finEspera.toInstant()));
    Variables.EQUIPOS_ATENDIDOS.escribir(tarea, equipos);
    String codigo = Variables.CODIGO.leer(tarea);
    registro.ejecutado(codigo, ejecutado, equipos);
    registro.anotar(
        codigo,
        tarea.getTaskDefinitionKey(),
        usuario.id(),
        "Mantenimiento ejecutado el "
            + ejecutado.toLocalDate()
            + " a las "
            + ejecutado.toLocalTime()
            + "; equipos atendidos: "
            + String.join(", ", equipos)
            + "; se verifica desde el "
            + finEspera.toLocalDate()
            + " a las "
            + finEspera.toLocalTime());
  }
}
