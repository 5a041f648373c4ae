package pe.gob.osce.soporte.ticket.conformidad;

import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import pe.gob.osce.soporte.ticket.conformidad.ConformidadTicket.Resultado;
import pe.gob.osce.soporte.ticket.conformidad.EnlacesConformidad.Accion;
import pe.gob.osce.soporte.ticket.conformidad.EnlacesConformidad.Estado;
import pe.gob.osce.soporte.ticket.conformidad.EnlacesConformidad.Revision;

/**
 * {@code /conformidad/{token}}: los enlaces del correo de conformidad, sin iniciar sesión (fuera de
 * {@code /api} y de {@code /engine-rest}, que siguen pidiendo HTTP Basic). Abrir el enlace (GET)
 * solo muestra la pregunta: los filtros antispam que visitan los enlaces no dan conformidad por
 * nadie. El botón (POST) la registra.
 */
@RestController
class ConformidadController {

  private final EnlacesConformidad enlaces;
  private final ConformidadTicket conformidad;

  ConformidadController(EnlacesConformidad enlaces, ConformidadTicket conformidad) {
    this.enlaces = enlaces;
    this.conformidad = conformidad;
  }

  @GetMapping(value = EnlacesConformidad.RUTA + "{token}", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> preguntar(@PathVariable String token) {
    Revision revision = enlaces.revisar(token);
    if (revision.estado() != Estado.VALIDO) {
      return rechazo(revision.estado());
    }
    String pregunta =
        revision.accion() == Accion.CONFORME
            ? "¿Confirma que está conforme con la atención del ticket "
                + revision.codigoTicket()
                + "?"
            : "¿Desea reportar que el problema del ticket "
                + revision.codigoTicket()
                + " persiste?";
    String boton =
        revision.accion() == Accion.CONFORME ? "Sí, estoy conforme" : "Sí, reportar el problema";
    return pagina(
        HttpStatus.OK,
        "Ticket " + revision.codigoTicket(),
        escapar(pregunta)
            + "</p><form method=\"post\"><button type=\"submit\">"
            + boton
            + "</button></form><p>"
            + "El enlace se usa una sola vez.");
  }

  @PostMapping(value = EnlacesConformidad.RUTA + "{token}", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> usar(@PathVariable String token) {
    Resultado resultado = conformidad.usar(token);
    if (resultado.estado() != Estado.VALIDO) {
      return rechazo(resultado.estado());
    }
    String codigo = escapar(resultado.codigoTicket());
    if (resultado.accion() == Accion.CONFORME) {
      return pagina(
          HttpStatus.OK,
          "Gracias",
          "Registramos su conformidad con la atención del ticket " + codigo + ".");
    }
    return pagina(
        HttpStatus.OK,
        "Problema reportado",
        resultado.ticketNuevo() == null
            ? "Registramos su reporte: el ticket " + codigo + " vuelve a escalarse al proveedor."
            : "Registramos su reporte en el ticket nuevo "
                + escapar(resultado.ticketNuevo())
                + ", ligado al ticket "
                + codigo
                + ". Le escribiremos con la atención.");
  }

  private static ResponseEntity<String> rechazo(Estado estado) {
    return switch (estado) {
      case VENCIDO ->
          pagina(
              HttpStatus.GONE,
              "Enlace vencido",
              "Este enlace ya venció. Responda al correo de la Mesa de Ayuda o escríbanos indicando el código del ticket.");
      case USADO ->
          pagina(
              HttpStatus.CONFLICT,
              "Enlace ya usado",
              "Este enlace ya se usó y no puede usarse otra vez. Su respuesta anterior quedó registrada.");
      default ->
          pagina(
              HttpStatus.NOT_FOUND,
              "Enlace no válido",
              "Este enlace no es válido: puede estar incompleto o alterado. No se registró nada.");
    };
  }

  /** Escapa solo lo que el HTML exige: las tildes y eñes van tal cual en UTF-8. */
  private static String escapar(String texto) {
    return HtmlUtils.htmlEscape(texto, StandardCharsets.UTF_8.name());
  }

  private static ResponseEntity<String> pagina(HttpStatus estado, String titulo, String cuerpo) {
    String html =
        """
        <!DOCTYPE html>
        <html lang="es"><head><meta charset="UTF-8"><title>%s – Mesa de Ayuda UAST</title>
        <style>body{font-family:sans-serif;max-width:40em;margin:3em auto;padding:0 1em}
        button{font-size:1.1em;padding:.5em 1em}</style></head>
        <body><h1>%s</h1><p>%s</p><p><small>Mesa de Ayuda – UAST</small></p></body></html>
        """
            .formatted(titulo, titulo, cuerpo);
    return ResponseEntity.status(estado)
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .body(html);
  }
}
