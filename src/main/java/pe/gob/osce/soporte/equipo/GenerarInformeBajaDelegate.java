package pe.gob.osce.soporte.equipo;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.LecturaVariables;
import pe.gob.osce.soporte.comun.UsuarioActual;

/** Actividad 20: genera el PDF del informe de baja y lo guarda con los demás documentos. */
@Component
public class GenerarInformeBajaDelegate implements JavaDelegate {

  private final InformesBaja informes;
  private final RegistroEquipos registro;

  public GenerarInformeBajaDelegate(InformesBaja informes, RegistroEquipos registro) {
    this.informes = informes;
    this.registro = registro;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    String codigo = LecturaVariables.texto(ejecucion, CicloVidaEquipoProceso.VAR_CODIGO_PATRIMONIAL);
    String diagnostico = LecturaVariables.texto(ejecucion, CicloVidaEquipoProceso.VAR_DIAGNOSTICO);
    String obsolescencia = LecturaVariables.texto(ejecucion, CicloVidaEquipoProceso.VAR_SUSTENTO_OBSOLESCENCIA);
    String elaboradoPor = LecturaVariables.texto(ejecucion, CicloVidaEquipoProceso.VAR_ELABORADO_POR);
    InformesBaja.InformeEmitido informe = informes.emitir(codigo,
        MotivoBaja.valueOf(LecturaVariables.texto(ejecucion, CicloVidaEquipoProceso.VAR_MOTIVO_BAJA)),
        LecturaVariables.texto(ejecucion, CicloVidaEquipoProceso.VAR_INFORME_BAJA),
        obsolescencia == null ? diagnostico : diagnostico + " Obsolescencia: " + obsolescencia,
        elaboradoPor == null ? UsuarioActual.SISTEMA : elaboradoPor);
    ejecucion.setVariable(CicloVidaEquipoProceso.VAR_NUMERO_INFORME_BAJA, informe.numero());
    registro.cambiar(codigo, EstadoEquipo.PENDIENTE_BAJA, null,
        "Informe de baja N° " + informe.numero() + " elaborado (actividad 20)", null, elaboradoPor);
  }
}
