package pe.gob.osce.soporte.ticket;

import java.util.Arrays;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.ListenerAlCompletar;
import pe.gob.osce.soporte.comun.DatosInvalidosException;
import pe.gob.osce.soporte.comun.LecturaVariables;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Variables;

/** Actividad 3: el técnico toma conocimiento y decide el modo de atención (remota, teléfono, presencial). */
@Component
class EvaluarAtencionListener extends ListenerAlCompletar {

  private final RegistroActividades registro;
  private final BitacoraTicket bitacora;

  EvaluarAtencionListener(RegistroActividades registro, BitacoraTicket bitacora) {
    this.registro = registro;
    this.bitacora = bitacora;
  }

  @Override
  protected void alCompletar(DelegateTask tarea) {
    String valor = LecturaVariables.texto(tarea, Variables.MODO_ATENCION);
    ModoAtencion modo = Arrays.stream(ModoAtencion.values()).filter(m -> m.name().equals(valor)).findFirst()
        .orElseThrow(() -> DatosInvalidosException.deCampo(Variables.MODO_ATENCION, valor == null
            ? "es obligatorio: elija asistencia remota, por teléfono o presencial"
            : "«" + valor + "» no es un modo de atención: use REMOTA, TELEFONICA o PRESENCIAL"));
    registro.registrarModo(BitacoraTicket.codigo(tarea.getExecution()), modo);
    bitacora.anotar(tarea, "Modo de atención: " + modo.etiqueta());
  }
}
