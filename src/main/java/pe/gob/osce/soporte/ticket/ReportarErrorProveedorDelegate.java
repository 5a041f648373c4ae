package pe.gob.osce.soporte.ticket;

import static pe.gob.osce.soporte.ticket.ReportarErrorProveedorProceso.MAXIMO_DETALLE;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.catalogo.Grupos;
import pe.gob.osce.soporte.comun.DatosInvalidosException;
import pe.gob.osce.soporte.comun.Errores;
import pe.gob.osce.soporte.comun.UsuarioActual;
import pe.gob.osce.soporte.ticket.ReportarErrorProveedorProceso.Variables;

/**
 * Actividad 9, "¿Reportan error en la atención del proveedor?" por teléfono o por correo: dentro de
 * la ventana de 24 horas, el ticket vuelve a la actividad 8. Corre en la transacción que inicia el
 * proceso: un rechazo (400 con el motivo, o 403 para un técnico que no es el del ticket) no deja
 * nada.
 */
@Component
class ReportarErrorProveedorDelegate implements JavaDelegate {

  private final RegistroActividades registro;
  private final AtencionTicketAdapter atencion;
  private final IdentityService identidades;

  ReportarErrorProveedorDelegate(
      RegistroActividades registro, AtencionTicketAdapter atencion, IdentityService identidades) {
    this.registro = registro;
    this.atencion = atencion;
    this.identidades = identidades;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    String codigo = Variables.CODIGO_TICKET.leer(ejecucion);
    String detalle = Variables.DETALLE.leer(ejecucion);
    new Errores()
        .siVacio(
            Variables.CODIGO_TICKET,
            codigo,
            "es obligatorio: indique el código del ticket, p. ej. SOP-2026-000042")
        .siVacio(
            Variables.DETALLE,
            detalle,
            "es obligatorio: describa el error reportado, quién lo reportó y por qué medio")
        .siLargo(Variables.DETALLE, detalle, MAXIMO_DETALLE)
        .lanzarSiHay();
    codigo = codigo.trim();
    Ticket ticket =
        registro
            .buscar(codigo)
            .orElseThrow(
                () ->
                    DatosInvalidosException.deCampo(
                        Variables.CODIGO_TICKET,
                        "el ticket «"
                            + ejecucion.getVariable(Variables.CODIGO_TICKET.nombre())
                            + "» no existe"));
    String usuario = verificarQuienReporta(ticket);
    if (!atencion.ventanaProveedorAbierta(codigo)) {
      throw DatosInvalidosException.deCampo(
          Variables.CODIGO_TICKET,
          "el ticket "
              + codigo
              + " no está en la ventana de 24"
              + " horas que sigue a la atención del proveedor (actividad 9): un error del proveedor solo se reporta"
              + " dentro de ella. Estado del ticket: "
              + ticket.estado().etiqueta()
              + ".");
    }
    registro.registrarPaso(
        codigo,
        ejecucion.getCurrentActivityId(),
        ejecucion.getCurrentActivityName(),
        usuario,
        "Error en la atención del proveedor reportado por teléfono o correo: " + detalle.trim());
    atencion.reportarErrorProveedor(codigo);
  }

  /** La mesa de ayuda (o la administración) siempre; un técnico, solo si el ticket es suyo. */
  private String verificarQuienReporta(Ticket ticket) {
    Authentication quien = identidades.getCurrentAuthentication();
    if (quien == null || quien.getUserId() == null) {
      return UsuarioActual.SISTEMA;
    }
    List<String> grupos = quien.getGroupIds() == null ? List.of() : quien.getGroupIds();
    boolean tecnicoDelTicket =
        grupos.contains(Grupos.SOPORTE_TECNICO) && quien.getUserId().equals(ticket.tecnico());
    if (!grupos.contains(Grupos.MESA_AYUDA)
        && !grupos.contains(Grupos.CAMUNDA_ADMIN)
        && !tecnicoDelTicket) {
      throw new AuthorizationException(
          "Solo la mesa de ayuda o el técnico asignado al ticket "
              + ticket.codigo()
              + " ("
              + (ticket.tecnico() == null ? "sin técnico asignado" : ticket.tecnico())
              + ") pueden reportar un"
              + " error del proveedor en él; "
              + quien.getUserId()
              + " no es su técnico.");
    }
    return quien.getUserId();
  }
}
