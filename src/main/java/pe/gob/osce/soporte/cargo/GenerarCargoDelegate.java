package pe.gob.osce.soporte.cargo;

import pe.gob.osce.soporte.ticket.Ticket;
import pe.gob.osce.soporte.ticket.CorreoTicket;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Variables;
import pe.gob.osce.soporte.cargo.CargosAsignacion.CargoEmitido;

/** Actividad 10: genera el cargo de asignación (y el formato de traslado) y lo envía a firma digital. */
@Component
public class GenerarCargoDelegate implements JavaDelegate {

  private final CargosAsignacion cargos;
  private final IdentityService identidades;
  private final CorreoTicket correo;

  public GenerarCargoDelegate(CargosAsignacion cargos, IdentityService identidades, CorreoTicket correo) {
    this.cargos = cargos;
    this.identidades = identidades;
    this.correo = correo;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    Ticket ticket = correo.ticket(ejecucion);
    User tecnico = identidades.createUserQuery().userId(ticket.tecnico()).singleResult();
    CargoEmitido cargo = cargos.emitir(ticket, new DatosCargo(
        Variables.SERVIDOR.leer(ejecucion), Variables.ORGANO_UNIDAD.leer(ejecucion),
        Variables.EQUIPOS_ASIGNADOS.leer(ejecucion),
        Variables.EQUIPOS_RETIRADOS.leer(ejecucion),
        Variables.TRASLADO_ENTRE_SEDES.leer(ejecucion, false),
        Variables.SEDE_ORIGEN.leer(ejecucion), Variables.SEDE_DESTINO.leer(ejecucion),
        tecnico == null ? ticket.tecnico() : (tecnico.getFirstName() + " " + tecnico.getLastName()).trim()));
    Variables.NUMERO_CARGO.escribir(ejecucion, cargo.numero());
    correo.enviar(ejecucion, ticket, ticket.solicitante(),
        "Cargo de asignación de equipos N° " + cargo.numero() + " para su firma",
        """
        Estimado/a servidor/a:

        Adjuntamos el cargo de asignación de equipos de cómputo N° %s%s.
        Le pedimos firmarlo digitalmente y devolverlo respondiendo a este correo.

        %s
        Atentamente,
        Soporte Técnico – UAST
        """.formatted(cargo.numero(), cargo.documentos().size() > 1 ? " y el formato de traslado de equipos" : "",
            ticket.ficha()),
        cargo.documentos(), "Cargo N° " + cargo.numero() + " generado y enviado a firma a " + ticket.solicitante());
  }
}
