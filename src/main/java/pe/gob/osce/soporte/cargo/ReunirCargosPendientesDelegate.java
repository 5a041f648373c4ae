package pe.gob.osce.soporte.cargo;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.cargo.ConsolidacionPatrimonioProceso.Variables;
import pe.gob.osce.soporte.ticket.AtencionTicketAdapter;
import pe.gob.osce.soporte.ticket.RegistroActividades;

/**
 * Actividad 14, consolidación mensual: reúne los cargos de los tickets que esperan ser derivados a
 * Patrimonio, para que la jefatura de la UAST los derive en un solo documento.
 */
@Component
class ReunirCargosPendientesDelegate implements JavaDelegate {

  private final AtencionTicketAdapter atencion;
  private final RegistroActividades registro;

  ReunirCargosPendientesDelegate(AtencionTicketAdapter atencion, RegistroActividades registro) {
    this.atencion = atencion;
    this.registro = registro;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    List<String> pendientes = atencion.ticketsEsperandoConsolidacion();
    StringBuilder resumen = new StringBuilder();
    for (String codigo : pendientes) {
      registro
          .buscar(codigo)
          .ifPresent(
              t ->
                  resumen
                      .append("- **")
                      .append(t.codigo())
                      .append("** · ")
                      .append(
                          t.numeroCargo() == null
                              ? "sin cargo (devolución)"
                              : "cargo N° " + t.numeroCargo())
                      .append(" · ")
                      .append(t.solicitante())
                      .append(" · ")
                      .append(t.asunto())
                      .append('\n'));
    }
    Variables.CARGOS_PENDIENTES.escribir(ejecucion, pendientes);
    Variables.RESUMEN_CARGOS.escribir(ejecucion, resumen.toString());
    Variables.HAY_PENDIENTES.escribir(ejecucion, !pendientes.isEmpty());
  }
}
