package pe.gob.osce.soporte.cargo;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.cargo.CargosAsignacion.CargoEmitido;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Variables;
import pe.gob.osce.soporte.ticket.CorreoTicket;
import pe.gob.osce.soporte.ticket.CorreosTicket;
import pe.gob.osce.soporte.ticket.Ticket;

/**
 * Actividad 10: genera el cargo de asignación (y el formato de traslado) y lo envía a firma
 * digital.
 */
@Component
class GenerarCargoDelegate implements JavaDelegate {

  private final CargosAsignacion cargos;
  private final IdentityService identidades;
  private final CorreoTicket correo;

  GenerarCargoDelegate(CargosAsignacion cargos, IdentityService identidades, CorreoTicket correo) {
    this.cargos = cargos;
    this.identidades = identidades;
    this.correo = correo;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    Ticket ticket = correo.ticket(ejecucion);
    User tecnico = identidades.createUserQuery().userId(ticket.tecnico()).singleResult();
    CargoEmitido cargo =
        cargos.emitir(
            ticket,
            new DatosCargo(
                Variables.SERVIDOR.leer(ejecucion),
                Variables.ORGANO_UNIDAD.leer(ejecucion),
                Variables.EQUIPOS_ASIGNADOS.leer(ejecucion),
                Variables.EQUIPOS_RETIRADOS.leer(ejecucion),
                Variables.TRASLADO_ENTRE_SEDES.leer(ejecucion, false),
                Variables.SEDE_ORIGEN.leer(ejecucion),
                Variables.SEDE_DESTINO.leer(ejecucion),
                tecnico == null
                    ? ticket.tecnico()
                    : (tecnico.getFirstName() + " " + tecnico.getLastName()).trim()));
    Variables.NUMERO_CARGO.escribir(ejecucion, cargo.numero());
    correo.enviar(
        ejecucion,
        ticket,
        ticket.solicitante(),
        CorreosTicket.CARGO_POR_FIRMAR
            .con("numero", cargo.numero())
            .con(
                "traslado",
                cargo.documentos().size() > 1 ? " y el formato de traslado de equipos" : "")
            .con("ficha", ticket.ficha())
            .redactar(),
        cargo.documentos(),
        "Cargo N° " + cargo.numero() + " generado y enviado a firma a " + ticket.solicitante());
  }
}
