package pe.gob.osce.soporte.cargo;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.cargo.ConsolidacionPatrimonioProceso.Variables;
import pe.gob.osce.soporte.comun.Reloj;
import pe.gob.osce.soporte.comun.UsuarioActual;
import pe.gob.osce.soporte.ticket.AtencionTicketAdapter;
import pe.gob.osce.soporte.ticket.RegistroActividades;

/**
 * Actividad 14: cada ticket del lote derivado a Patrimonio deja de esperar ({@code
 * CargosDerivados}) y su registro anota la derivación.
 */
@Component
class CorrelacionarCargosDelegate implements JavaDelegate {

  private final AtencionTicketAdapter atencion;
  private final RegistroActividades registro;
  private final UsuarioActual usuario;

  CorrelacionarCargosDelegate(
      AtencionTicketAdapter atencion, RegistroActividades registro, UsuarioActual usuario) {
    this.atencion = atencion;
    this.registro = registro;
    this.usuario = usuario;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    String documento = Variables.DOCUMENTO_SGD.leer(ejecucion);
    for (String codigo : Variables.CARGOS_PENDIENTES.leer(ejecucion)) {
      registro.marcarDerivado(codigo, Reloj.ahora());
      registro.registrarPaso(
          codigo,
          ConsolidacionPatrimonioProceso.Elementos.DERIVAR_CARGOS,
          "14 Derivar cargos a Patrimonio",
          usuario.id(),
          "Derivado a Patrimonio (UABA) con el documento SGD " + documento);
      atencion.cargoDerivado(codigo);
    }
  }
}
