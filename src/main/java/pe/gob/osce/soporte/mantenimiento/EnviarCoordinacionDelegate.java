package pe.gob.osce.soporte.mantenimiento;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.UsuarioActual;
import pe.gob.osce.soporte.correo.CorreoSaliente;
import pe.gob.osce.soporte.correo.Mensaje;
import pe.gob.osce.soporte.mantenimiento.MantenimientoEquiposProceso.Variables;

/**
 * Actividad 23 coordinada por correo electrónico: se escribe al/a la proveedor/a con lo acordado. Corre
 * tras un límite asíncrono con reintentos (R5/PT5M), como los demás correos: un servidor de correo
 * caído no deshace la coordinación.
 */
@Component
public class EnviarCoordinacionDelegate implements JavaDelegate {

  private final RegistroMantenimientos registro;
  private final CorreoSaliente correo;
  private final UsuarioActual usuario;

  public EnviarCoordinacionDelegate(RegistroMantenimientos registro, CorreoSaliente correo, UsuarioActual usuario) {
    this.registro = registro;
    this.correo = correo;
    this.usuario = usuario;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    String codigo = Variables.CODIGO.leer(ejecucion);
    Mantenimiento m = registro.buscar(codigo).orElseThrow();
    String cuerpo = """
        Estimado/a proveedor/a %s:

        La Unidad de Arquitectura y Soporte de TIC (UAST) del OSCE confirma la coordinación del
        mantenimiento preventivo de %s (%s), programado para el %s.

        Al concluir, indíquenos la fecha y hora de ejecución y los equipos atendidos; a las 48 horas
        de ejecutado verificaremos si la PC o impresora tuvo desperfectos, y luego le pediremos el
        informe técnico (reporte de mantenimiento).

        Atentamente,
        Mesa de Ayuda – UAST
        """.formatted(m.proveedor(), m.tipoEquipo().etiqueta(), codigo, m.fechaProgramada());
    correo.enviar(new Mensaje(m.correoProveedor(), "[" + codigo + "] Coordinación del mantenimiento de "
        + m.tipoEquipo().etiqueta(), cuerpo, null, codigo));
    registro.anotar(codigo, ejecucion.getCurrentActivityId(), usuario.id(),
        "Correo de coordinación enviado a " + m.proveedor() + " <" + m.correoProveedor() + ">");
  }
}
