package pe.gob.osce.soporte.ticket;

import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.UsuarioActual;
import pe.gob.osce.soporte.equipo.CicloVidaEquipoAdapter;
import pe.gob.osce.soporte.equipo.EstadoEquipo;
import pe.gob.osce.soporte.equipo.RegistroEquipos;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Variables;

/**
 * Tras el cierre con cambio o devolución: cada equipo que volvió a la UAST (retirado en el cargo o
 * devuelto al cerrar) empieza su ciclo de vida en la actividad 15.
 */
@Component
class IniciarCicloVidaDelegate implements JavaDelegate {

  private final CicloVidaEquipoAdapter cicloVida;
  private final RegistroEquipos equipos;
  private final BitacoraTicket bitacora;
  private final UsuarioActual usuario;

  IniciarCicloVidaDelegate(
      CicloVidaEquipoAdapter cicloVida,
      RegistroEquipos equipos,
      BitacoraTicket bitacora,
      UsuarioActual usuario) {
    this.cicloVida = cicloVida;
    this.equipos = equipos;
    this.bitacora = bitacora;
    this.usuario = usuario;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    Set<String> devueltos = new LinkedHashSet<>(Variables.EQUIPOS_RETIRADOS.leer(ejecucion));
    devueltos.addAll(Variables.EQUIPOS_DEVUELTOS.leer(ejecucion));
    String ticket = BitacoraTicket.codigo(ejecucion);
    StringBuilder detalle = new StringBuilder();
    for (String codigo : devueltos) {
      if (cicloVida.estaEnCiclo(codigo)) {
        detalle.append(codigo).append(" ya estaba en su ciclo de vida; ");
        continue;
      }
      equipos.cambiar(
          codigo,
          EstadoEquipo.EN_DIAGNOSTICO,
          null,
          "Devuelto a la UAST: pasa a diagnóstico (actividad 15)",
          ticket,
          usuario.id());
      cicloVida.iniciar(codigo, ticket);
      detalle.append(codigo).append(" pasa a diagnóstico; ");
    }
    bitacora.anotar(
        ejecucion, devueltos.isEmpty() ? "Sin equipos devueltos" : detalle.toString().trim());
  }
}
