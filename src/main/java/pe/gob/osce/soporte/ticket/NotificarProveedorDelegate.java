package pe.gob.osce.soporte.ticket;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.LecturaVariables;
import pe.gob.osce.soporte.correo.CorreoSaliente;
import pe.gob.osce.soporte.correo.Mensaje;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Variables;

/** Actividad 8: escala por correo la atención al/a la proveedor/a o tercero de servicio TI. */
@Component
public class NotificarProveedorDelegate implements JavaDelegate {

  private final RegistroActividades registro;
  private final CorreoSaliente correo;
  private final BitacoraTicket bitacora;

  public NotificarProveedorDelegate(RegistroActividades registro, CorreoSaliente correo, BitacoraTicket bitacora) {
    this.registro = registro;
    this.correo = correo;
    this.bitacora = bitacora;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    Ticket ticket = registro.obtener(BitacoraTicket.codigo(ejecucion));
    String destinatario = LecturaVariables.texto(ejecucion, Variables.CORREO_PROVEEDOR);
    correo.enviar(new Mensaje(destinatario, ticket.asuntoCorreo("Solicitud de atención: " + ticket.asunto()),
        """
        Estimado/a proveedor/a %s:

        La Unidad de Arquitectura y Soporte de TIC (UAST) del OSCE solicita su atención para el
        siguiente caso.

        Motivo: %s

        %s
        Al concluir el servicio, responda a este correo con el informe, guía de atención o boleta.

        Atentamente,
        Mesa de Ayuda – UAST
        """.formatted(ticket.proveedor(), LecturaVariables.texto(ejecucion, Variables.MOTIVO_ESCALAMIENTO),
            ticket.ficha()),
        List.of()));
    bitacora.anotar(ejecucion, "Escalado por correo a " + ticket.proveedor() + " <" + destinatario + ">");
  }
}
