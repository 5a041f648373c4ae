package pe.gob.osce.soporte.ticket.correo;

import java.util.List;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.Textos;
import pe.gob.osce.soporte.correo.AdjuntoGuardado;
import pe.gob.osce.soporte.correo.CorreoEntrante;
import pe.gob.osce.soporte.correo.ReceptorCorreo.Recepcion;
import pe.gob.osce.soporte.correo.ReceptorCorreo.Resultado;
import pe.gob.osce.soporte.correo.RegistroCorreosEntrantes;
import pe.gob.osce.soporte.documento.RegistroDocumentos;
import pe.gob.osce.soporte.ticket.AtencionTicketAdapter;
import pe.gob.osce.soporte.ticket.ReferenciaProveedor;
import pe.gob.osce.soporte.ticket.RegistroActividades;
import pe.gob.osce.soporte.ticket.correo.CorreoEntranteTicket.Referido;

/**
 * Una respuesta por correo a un ticket: la del/de la usuario/a (p. ej. a la solicitud de
 * conformidad) o la del/de la proveedor/a al escalamiento de la actividad 8. Queda en la historia
 * del ticket con sus adjuntos y como comentario en la tarea abierta, donde la ve quien la tiene; la
 * del proveedor además en el formulario de la actividad 9. Nunca abre un ticket nuevo.
 */
@Component
class RespuestaPorCorreo {

  static final String PASO = "Correo_Respuesta";
  private static final int MAXIMO_TEXTO = 3000;
  private static final int MAXIMO_ASUNTO = 200;
  static final int MAXIMO_VARIABLE = 3900;

  private final AtencionTicketAdapter atencion;
  private final RegistroActividades registro;
  private final RegistroCorreosEntrantes correos;
  private final RegistroDocumentos documentos;

  private final RemitentesTicket remitentes;
  private final ReferenciaProveedor referencias;

  RespuestaPorCorreo(
      AtencionTicketAdapter atencion,
      RegistroActividades registro,
      RegistroCorreosEntrantes correos,
      RegistroDocumentos documentos,
      RemitentesTicket remitentes,
      ReferenciaProveedor referencias) {
    this.remitentes = remitentes;
    this.referencias = referencias;
    this.atencion = atencion;
    this.registro = registro;
    this.correos = correos;
    this.documentos = documentos;
  }

  Recepcion anotar(CorreoEntrante correo, String claveCorreo, Referido referido) {
    String pid = referido.processInstanceId();
    boolean proveedor = esDelProveedor(correo, referido);
    List<AdjuntoGuardado> adjuntos = correos.guardarAdjuntos(claveCorreo, correo.adjuntos());
    // Camunda guarda un texto en una columna de 4000 caracteres: asunto, cuerpo y adjuntos se
    // cortan.
    String texto =
        Textos.recortar(
            (proveedor ? "Respuesta del/de la proveedor/a " : "Respuesta por correo de ")
                + Textos.recortar(correo.remitente(), 254)
                + " («"
                + Textos.recortar(correo.asunto(), MAXIMO_ASUNTO)
                + "»):\n"
                + Textos.recortar(correo.texto(), MAXIMO_TEXTO)
                + (adjuntos.isEmpty()
                    ? ""
                    : "\nAdjuntos: "
                        + String.join(
                            ", ", adjuntos.stream().map(AdjuntoGuardado::nombreOriginal).toList())),
            MAXIMO_VARIABLE);
    if (referido.codigoTicket() != null) {
      registro.registrarPaso(
          referido.codigoTicket(),
          PASO,
          proveedor ? "Respuesta del proveedor por correo" : "Respuesta por correo",
          Textos.recortar(correo.remitente(), 64),
          texto);
      adjuntos.forEach(
          a ->
              documentos.anotar(
                  referido.codigoTicket(),
                  RegistroDocumentos.Clase.ADJUNTO_CORREO,
                  a.carpeta(),
                  a.archivo()));
    }
    if (pid != null) {
      if (proveedor) {
        atencion.registrarRespuestaProveedor(pid, texto);
      }
      atencion.mostrarCorreoRecibido(pid, texto);
    }
    return new Recepcion(
        Resultado.RESPUESTA,
        referido.codigoTicket(),
        pid,
        "Respuesta al ticket "
            + (referido.codigoTicket() != null ? referido.codigoTicket() : "en clasificación"),
        adjuntos);
  }

  /**
   * La respuesta del proveedor: su dirección (la de la actividad 8) y la cita del correo de
   * escalamiento firmado; un remitente falsificado no conoce esa firma y queda como una respuesta
   * más.
   */
  private boolean esDelProveedor(CorreoEntrante correo, Referido referido) {
    return referido.codigoTicket() != null
        && RemitentesTicket.iguales(correo.remitente(), remitentes.proveedor(referido))
        && referencias.citada(correo.referencias(), referido.codigoTicket(), correo.remitente());
  }
}
