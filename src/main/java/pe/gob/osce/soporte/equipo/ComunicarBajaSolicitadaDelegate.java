package pe.gob.osce.soporte.equipo;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.UsuarioActual;
import pe.gob.osce.soporte.equipo.BajaBienesProceso.Variables;

/**
 * Actividad 22, en la transacción que completa la tarea de la Jefatura de la OTI: cada bien del
 * informe queda con la baja solicitada en el registro y su ciclo de vida recibe BajaSolicitada.
 */
@Component
class ComunicarBajaSolicitadaDelegate implements JavaDelegate {

  private final InformesBaja informes;
  private final RegistroEquipos registro;
  private final CicloVidaEquipoAdapter cicloVida;
  private final UsuarioActual usuario;

  ComunicarBajaSolicitadaDelegate(
      InformesBaja informes,
      RegistroEquipos registro,
      CicloVidaEquipoAdapter cicloVida,
      UsuarioActual usuario) {
    this.informes = informes;
    this.registro = registro;
    this.cicloVida = cicloVida;
    this.usuario = usuario;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    String numero = Variables.NUMERO_INFORME_BAJA.leer(ejecucion);
    String documento = Variables.DOCUMENTO_SGD_OAD.leer(ejecucion);
    for (InformesBaja.BienInforme bien : informes.bienes(numero)) {
      registro.cambiar(
          bien.codigoPatrimonial(),
          EstadoEquipo.BAJA_SOLICITADA,
          null,
          "Informe de baja N° "
              + numero
              + " derivado a la Oficina de Administración con "
              + documento
              + " (actividad 22)",
          null,
          usuario.id());
      cicloVida.bajaSolicitada(bien.codigoPatrimonial(), numero);
    }
    informes.marcarBajaSolicitada(numero);
  }
}
