package pe.gob.osce.soporte.mantenimiento;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.Errores;
import pe.gob.osce.soporte.comun.ListenerAlCompletar;
import pe.gob.osce.soporte.comun.Reloj;
import pe.gob.osce.soporte.comun.UsuarioActual;
import pe.gob.osce.soporte.comun.Plazos;
import pe.gob.osce.soporte.mantenimiento.MantenimientoEquiposProceso.Variables;

/**
 * Actividad 23: el/la proveedor/a ejecutó el mantenimiento; se anotan la fecha y hora de ejecución y
 * las PC o impresoras atendidas. Las 48 horas "de ejecutado" de la actividad 24 corren desde esa fecha
 * y hora ({@code finEsperaVerificacion}, fecha del temporizador), no desde que se completa la tarea: si
 * ya pasaron, la verificación se abre en seguida.
 */
@Component
public class ConfirmarEjecucionListener extends ListenerAlCompletar {

  private final RegistroMantenimientos registro;
  private final UsuarioActual usuario;
  private final Plazos plazos;

  public ConfirmarEjecucionListener(RegistroMantenimientos registro, UsuarioActual usuario, Plazos plazos) {
    this.registro = registro;
    this.usuario = usuario;
    this.plazos = plazos;
  }

  @Override
  protected void alCompletar(DelegateTask tarea) {
    Errores errores = new Errores();
    OffsetDateTime ejecutado = fechaHora(Variables.FECHA_EJECUCION.leer(tarea), errores);
    if (ejecutado != null && ejecutado.isAfter(Reloj.ahora())) {
      errores.agregar(Variables.FECHA_EJECUCION, "no puede ser una fecha u hora futura: confirme la ejecución cuando el"
          + " mantenimiento se haya realizado");
    }
    String texto = Variables.EQUIPOS_ATENDIDOS.leerTexto(tarea);
    List<String> equipos = Variables.EQUIPOS_ATENDIDOS.leer(tarea);
    if (equipos.isEmpty()) {
      errores.agregar(Variables.EQUIPOS_ATENDIDOS, "es obligatorio: los códigos patrimoniales de las PC o impresoras"
          + " atendidas, separados por comas");
    }
    errores.siLargo(Variables.EQUIPOS_ATENDIDOS, texto, 3000);
    errores.lanzarSiHay();

    OffsetDateTime finEspera = ejecutado.plus(Duration.parse(plazos.getVerificacionMantenimiento()));
    Variables.FIN_ESPERA.escribir(tarea, Date.from(finEspera.toInstant()));
    Variables.EQUIPOS_ATENDIDOS.escribir(tarea, equipos);
    String codigo = Variables.CODIGO.leer(tarea);
    registro.ejecutado(codigo, ejecutado, equipos);
    registro.anotar(codigo, tarea.getTaskDefinitionKey(), usuario.id(), "Mantenimiento ejecutado el "
        + ejecutado.toLocalDate() + " a las " + ejecutado.toLocalTime() + "; equipos atendidos: "
        + String.join(", ", equipos) + "; se verifica desde el " + finEspera.toLocalDate() + " a las "
        + finEspera.toLocalTime());
  }

  /** {@code 2026-03-15T10:30} (hora de Lima), con zona ({@code ...-05:00}, {@code Z}) o una fecha tipada. */
  static OffsetDateTime fechaHora(Object valor, Errores errores) {
    if (valor instanceof Date fecha) {
      return fecha.toInstant().atZone(Reloj.LIMA).toOffsetDateTime();
    }
    String texto = valor == null ? "" : valor.toString().trim();
    if (texto.isEmpty()) {
      errores.agregar(Variables.FECHA_EJECUCION, "es obligatoria: la fecha y hora en que el/la proveedor/a ejecutó el"
          + " mantenimiento");
      return null;
    }
    try {
      return OffsetDateTime.parse(texto).atZoneSameInstant(Reloj.LIMA).toOffsetDateTime();
    } catch (DateTimeParseException conZona) {
      try {
        return LocalDateTime.parse(texto).atZone(Reloj.LIMA).toOffsetDateTime();
      } catch (DateTimeParseException e) {
        errores.agregar(Variables.FECHA_EJECUCION, "«" + texto + "» no es una fecha y hora válida: use AAAA-MM-DDTHH:MM"
            + " (p. ej. 2026-03-15T10:30, hora de Lima)");
        return null;
      }
    }
  }
}
