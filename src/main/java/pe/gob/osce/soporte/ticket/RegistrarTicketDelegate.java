package pe.gob.osce.soporte.ticket;

import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.catalogo.Canal;
import pe.gob.osce.soporte.catalogo.Servicio;
import pe.gob.osce.soporte.catalogo.TipoTicket;
import pe.gob.osce.soporte.comun.Correlativos;
import pe.gob.osce.soporte.comun.Reloj;
import pe.gob.osce.soporte.comun.UsuarioActual;
import pe.gob.osce.soporte.comun.Variable;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Variables;

/**
 * Actividad 1: valida la solicitud y la registra en "Actividades de soporte" con su código, que
 * pasa a ser la business key. Corre en la transacción del inicio: si algo falla, no queda ni
 * instancia ni fila.
 */
@Component
class RegistrarTicketDelegate implements JavaDelegate {

  static final String SERIE = "TICKET";

  private final RegistroActividades registro;
  private final Correlativos correlativos;
  private final UsuarioActual usuario;

  RegistrarTicketDelegate(
      RegistroActividades registro, Correlativos correlativos, UsuarioActual usuario) {
    this.registro = registro;
    this.correlativos = correlativos;
    this.usuario = usuario;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    SolicitudTicket solicitud =
        new SolicitudTicket(
            texto(ejecucion, Variables.TIPO),
            texto(ejecucion, Variables.SERVICIO),
            texto(ejecucion, Variables.CANAL),
            texto(ejecucion, Variables.SOLICITANTE),
            texto(ejecucion, Variables.ASUNTO),
            texto(ejecucion, Variables.DESCRIPCION),
            texto(ejecucion, Variables.CODIGO_PATRIMONIAL));
    solicitud.validar();

    OffsetDateTime ahora = Reloj.ahora();
    String codigo =
        String.format(
            "SOP-%d-%06d", ahora.getYear(), correlativos.siguiente(SERIE, ahora.getYear()));
    registro.registrar(
        Ticket.registrado(
            codigo,
            TipoTicket.valueOf(solicitud.tipo()),
            Servicio.valueOf(solicitud.servicio()),
            Canal.valueOf(solicitud.canal()),
            new Ticket.Pedido(
                solicitud.solicitante(),
                solicitud.asunto(),
                solicitud.descripcion(),
                solicitud.codigoPatrimonial()),
            usuario.id(),
            ahora,
            ejecucion.getProcessInstanceId()));

    ejecucion.setProcessBusinessKey(codigo);
    Variables.CODIGO_TICKET.escribir(ejecucion, codigo);
    // Lo que llegó al buzón recibe acuse con su código (A01_AcusarRecibo); lo registrado a mano,
    // no.
    Variables.ACUSE_RECIBO.escribir(
        ejecucion, ejecucion.hasVariable(Variables.CORREO_ENTRANTE.nombre()));
    registro.registrarPaso(
        codigo,
        ejecucion.getCurrentActivityId(),
        ejecucion.getCurrentActivityName(),
        usuario.id(),
        "Registrado por "
            + Canal.valueOf(solicitud.canal()).etiqueta()
            + ": "
            + solicitud.asunto());
  }

  /** El texto tal como llegó: la solicitud lo valida con mensajes que explican cada campo. */
  private static String texto(DelegateExecution ejecucion, Variable<?> variable) {
    return variable.leerTexto(ejecucion);
  }
}
