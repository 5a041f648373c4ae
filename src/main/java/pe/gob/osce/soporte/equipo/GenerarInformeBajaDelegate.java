package pe.gob.osce.soporte.equipo;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.UsuarioActual;
import pe.gob.osce.soporte.equipo.BajaBienesProceso.Variables;

/**
 * Actividad 20: genera un solo PDF con la relación de todos los bienes del informe, lo guarda con
 * los demás documentos y lo anota en el registro de cada bien.
 */
@Component
class GenerarInformeBajaDelegate implements JavaDelegate {

  private final InformesBaja informes;
  private final RegistroEquipos registro;

  GenerarInformeBajaDelegate(InformesBaja informes, RegistroEquipos registro) {
    this.informes = informes;
    this.registro = registro;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    String numero = Variables.NUMERO_INFORME_BAJA.leer(ejecucion);
    String elaboradoPor = Variables.ELABORADO_POR.leer(ejecucion);
    informes.emitir(
        numero,
        Variables.INFORME_BAJA.leer(ejecucion),
        elaboradoPor == null ? UsuarioActual.SISTEMA : elaboradoPor);
    for (InformesBaja.BienInforme bien : informes.bienes(numero)) {
      registro.cambiar(
          bien.codigoPatrimonial(),
          EstadoEquipo.PENDIENTE_BAJA,
          null,
          "Incluido en el informe de baja N° " + numero + " (actividad 20)",
          null,
          elaboradoPor);
    }
  }
}
