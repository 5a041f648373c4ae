package pe.gob.osce.soporte.ticket.correo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.catalogo.Canal;
import pe.gob.osce.soporte.comun.DatosInvalidosException;
import pe.gob.osce.soporte.comun.Errores;
import pe.gob.osce.soporte.comun.Textos;
import pe.gob.osce.soporte.correo.AdjuntoGuardado;
import pe.gob.osce.soporte.correo.CorreoEntrante;
import pe.gob.osce.soporte.correo.DescartesCorreo.Motivo;
import pe.gob.osce.soporte.correo.EntradaCorreoProperties;
import pe.gob.osce.soporte.correo.ReceptorCorreo;
import pe.gob.osce.soporte.correo.RegistroCorreosEntrantes;
import pe.gob.osce.soporte.ticket.AtencionTicketAdapter;
import pe.gob.osce.soporte.ticket.AtencionTicketAdapter.TicketIniciado;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Variables;
import pe.gob.osce.soporte.ticket.RegistroActividades;
import pe.gob.osce.soporte.ticket.SolicitudTicket;
import pe.gob.osce.soporte.ticket.Ticket;

/**
 * Un correo del buzón en términos del procedimiento: la respuesta a un ticket (por In-Reply-To /
 * References o por el código SOP-aaaa-nnnnnn del asunto) va a su historia y a las tareas abiertas;
 * cualquier otro correo abre un ticket por el canal CORREO (actividad 1). Issue 10: la respuesta
 * solo de quien puede escribir al ticket ({@link RemitentesTicket}); el ticket nuevo solo desde los
 * dominios configurados. Lo demás se anota y va a Ignorados.
 */
@Component
class CorreoEntranteTicket implements ReceptorCorreo {

  static final Pattern CODIGO = Pattern.compile("SOP-\\d{4}-\\d{6}");

  private final AtencionTicketAdapter atencion;
  private final RegistroActividades registro;
  private final RegistroCorreosEntrantes correos;
  private final RespuestaPorCorreo respuestas;
  private final RemitentesTicket remitentes;
  private final EntradaCorreoProperties entrada;

  CorreoEntranteTicket(
      AtencionTicketAdapter atencion,
      RegistroActividades registro,
      RegistroCorreosEntrantes correos,
      RespuestaPorCorreo respuestas,
      RemitentesTicket remitentes,
      EntradaCorreoProperties entrada) {
    this.atencion = atencion;
    this.registro = registro;
    this.correos = correos;
    this.respuestas = respuestas;
    this.remitentes = remitentes;
    this.entrada = entrada;
  }

  /** El ticket (o el pedido aún sin clasificar) al que responde un correo. */
  record Referido(String codigoTicket, String processInstanceId) {}

  @Override
  public Recepcion recibir(CorreoEntrante correo, String claveCorreo) {
    Optional<Referido> referido = referido(correo);
    if (referido.isPresent()) {
      if (!remitentes.puedeResponder(correo.remitente(), referido.get())) {
        return Recepcion.ignorado(
            Motivo.REMITENTE_NO_AUTORIZADO,
            "«"
                + correo.remitente()
                + "» no es el/la"
                + " solicitante, el/la proveedor/a ni personal de la UAST del ticket "
                + (referido.get().codigoTicket() != null
                    ? referido.get().codigoTicket()
                    : "en clasificación"));
      }
      return respuestas.anotar(correo, claveCorreo, referido.get());
    }
    if (!entrada.dominioPermitido(correo.remitente())) {
      return Recepcion.ignorado(
          Motivo.DOMINIO_NO_PERMITIDO,
          "El dominio de «"
              + correo.remitente()
              + "» no está entre los que pueden abrir tickets (SOPORTE_MAIL_DOMINIOS)");
    }
    if (!Errores.esCorreo(correo.remitente())) {
      throw DatosInvalidosException.deCampo(
          Variables.SOLICITANTE,
          "«" + correo.remitente() + "» no es una dirección de correo electrónico válida");
    }
    List<AdjuntoGuardado> adjuntos = correos.guardarAdjuntos(claveCorreo, correo.adjuntos());
    TicketIniciado ticket = atencion.recibirCorreo(variables(correo));
    String detalle =
        ticket.codigo() != null ? "Ticket " + ticket.codigo() : "Pedido en espera de clasificación";
    return new Recepcion(
        Resultado.TICKET, ticket.codigo(), ticket.processInstanceId(), detalle, adjuntos);
  }

  private Map<String, Object> variables(CorreoEntrante correo) {
    ClasificacionCorreo clasificacion = ClasificacionCorreo.delTexto(correo.texto());
    Map<String, Object> variables = new HashMap<>();
    Variables.CANAL.poner(variables, Canal.CORREO);
    Variables.SOLICITANTE.poner(variables, correo.remitente());
    Variables.ASUNTO.poner(
        variables,
        correo.asunto().isBlank()
            ? "(sin asunto)"
            : Textos.recortar(correo.asunto(), SolicitudTicket.MAX_ASUNTO));
    Variables.DESCRIPCION.poner(
        variables, Textos.recortar(descripcion(correo), SolicitudTicket.MAX_DESCRIPCION));
    Variables.CORREO_ENTRANTE.poner(variables, correo.messageId());
    Variables.REQUIERE_CLASIFICACION.poner(variables, !clasificacion.completa());
    clasificacion.tipo().ifPresent(t -> Variables.TIPO.poner(variables, t));
    clasificacion.servicio().ifPresent(s -> Variables.SERVICIO.poner(variables, s));
    return variables;
  }

  private static String descripcion(CorreoEntrante correo) {
    StringBuilder texto = new StringBuilder(correo.texto());
    if (!correo.adjuntos().isEmpty()) {
      texto
          .append("\n\nAdjuntos: ")
          .append(
              String.join(", ", correo.adjuntos().stream().map(a -> a.nombreArchivo()).toList()));
    }
    if (!correo.adjuntosOmitidos().isEmpty()) {
      texto
          .append("\nAdjuntos no guardados por su tamaño: ")
          .append(String.join(", ", correo.adjuntosOmitidos()));
    }
    return texto.toString().strip();
  }

  private Optional<Referido> referido(CorreoEntrante correo) {
    List<String> ids = correo.referencias();
    for (int i = ids.size() - 1; i >= 0; i--) { // el más reciente primero
      String id = ids.get(i);
      Optional<Referido> porCodigo = porCodigo(id);
      if (porCodigo.isPresent()) {
        return porCodigo;
      }
      Optional<String> proceso = correos.procesoDe(id);
      if (proceso.isPresent()) {
        return Optional.of(
            new Referido(registro.codigoDeProceso(proceso.get()).orElse(null), proceso.get()));
      }
    }
    return porCodigo(correo.asunto());
  }

  private Optional<Referido> porCodigo(String texto) {
    Matcher codigo = CODIGO.matcher(texto);
    while (codigo.find()) {
      Optional<Ticket> ticket = registro.buscar(codigo.group());
      if (ticket.isPresent()) {
        return Optional.of(new Referido(ticket.get().codigo(), ticket.get().processInstanceId()));
      }
    }
    return Optional.empty();
  }
}
