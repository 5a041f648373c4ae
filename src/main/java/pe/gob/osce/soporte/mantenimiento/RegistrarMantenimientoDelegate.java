package pe.gob.osce.soporte.mantenimiento;

import java.time.Year;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.Correlativos;
import pe.gob.osce.soporte.comun.DatosInvalidosException;
import pe.gob.osce.soporte.comun.Reloj;
import pe.gob.osce.soporte.comun.UsuarioActual;
import pe.gob.osce.soporte.mantenimiento.MantenimientoEquiposProceso.Variables;

/**
 * Inicio del mantenimiento, en la transacción que lo inicia (a mano o por el temporizador): valida
 * la clase de equipos, le da el código {@code MNT-2026-0001} como business key y lo registra.
 */
@Component
class RegistrarMantenimientoDelegate implements JavaDelegate {

  private final Correlativos correlativos;
  private final RegistroMantenimientos registro;
  private final PlanMantenimiento plan;
  private final UsuarioActual usuario;

  RegistrarMantenimientoDelegate(
      Correlativos correlativos,
      RegistroMantenimientos registro,
      PlanMantenimiento plan,
      UsuarioActual usuario) {
    this.correlativos = correlativos;
    this.registro = registro;
    this.plan = plan;
    this.usuario = usuario;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    String valor = Variables.TIPO_EQUIPO.leerTexto(ejecucion);
    TipoEquipo tipo =
        TipoEquipo.deCodigo(valor)
            .orElseThrow(
                () ->
                    DatosInvalidosException.deCampo(
                        Variables.TIPO_EQUIPO, "elija la clase de equipos: CPU o IMPRESORA"));
    int anio = Year.from(Reloj.ahora()).getValue();
    String codigo =
        String.format("MNT-%d-%04d", anio, correlativos.siguiente("MANTENIMIENTO", anio));
    ejecucion.setProcessBusinessKey(codigo);
    Variables.CODIGO.escribir(ejecucion, codigo);
    registro.registrar(codigo, tipo, usuario.id(), ejecucion.getProcessInstanceId());
    registro.anotar(
        codigo,
        MantenimientoEquiposProceso.Elementos.REGISTRAR_MANTENIMIENTO,
        usuario.id(),
        "Mantenimiento de "
            + tipo.etiqueta()
            + (UsuarioActual.SISTEMA.equals(usuario.id())
                ? " iniciado por el plan de mantenimiento"
                : " iniciado a mano"));
    Variables.RESUMEN.escribir(ejecucion, plan.resumen(tipo));
  }
}
