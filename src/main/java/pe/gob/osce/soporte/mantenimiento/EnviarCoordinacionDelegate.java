package pe.gob.osce.soporte.mantenimiento;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.UsuarioActual;
import pe.gob.osce.soporte.correo.CorreoSaliente;
import pe.gob.osce.soporte.correo.Mensaje;
import pe.gob.osce.soporte.correo.PlantillaCorreo.Redaccion;
import pe.gob.osce.soporte.mantenimiento.MantenimientoEquiposProceso.Variables;

/**
 * Actividad 23 coordinada por correo electrónico: se escribe al/a la proveedor/a con lo acordado.
 * Corre tras un límite asíncrono con reintentos (R5/PT5M), como los demás correos: un servidor de
 * correo caído no deshace la coordinación.
 */
@Component
class EnviarCoordinacionDelegate implements JavaDelegate {

  private final RegistroMantenimientos registro;
  private final CorreoSaliente correo;
  private final UsuarioActual usuario;

  EnviarCoordinacionDelegate(
      RegistroMantenimientos registro, CorreoSaliente correo, UsuarioActual usuario) {
    this.registro = registro;
    this.correo = correo;
    this.usuario = usuario;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    String codigo = Variables.CODIGO.leer(ejecucion);
    Mantenimiento m = registro.buscar(codigo).orElseThrow();
    Redaccion redaccion =
        CorreosMantenimiento.COORDINACION
            .con("proveedor", m.proveedor())
            .con("tipoEquipo", m.tipoEquipo().etiqueta())
            .con("codigo", codigo)
            .con("fecha", m.fechaProgramada())
            .redactar();
    correo.enviar(
        new Mensaje(m.correoProveedor(), redaccion.asunto(), redaccion.cuerpo(), null, codigo));
    registro.anotar(
        codigo,
        ejecucion.getCurrentActivityId(),
        usuario.id(),
        "Correo de coordinación enviado a " + m.proveedor() + " <" + m.correoProveedor() + ">");
  }
}
