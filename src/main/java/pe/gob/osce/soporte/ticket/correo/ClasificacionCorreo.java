package pe.gob.osce.soporte.ticket.correo;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pe.gob.osce.soporte.catalogo.Servicio;
import pe.gob.osce.soporte.catalogo.TipoTicket;

/**
 * Tipo y servicio que un correo declara en líneas propias ("Tipo: Incidencia", "Servicio:
 * IMPRESORA"), como las escribe un formulario web o una plantilla de correo. Si falta alguno, la
 * mesa de ayuda clasifica el pedido antes de registrarlo (actividad 1).
 */
record ClasificacionCorreo(Optional<TipoTicket> tipo, Optional<Servicio> servicio) {

  private static final Pattern TIPO = Pattern.compile("(?im)^\\s*tipo\\s*:\\s*(\\S+)\\s*$");
  private static final Pattern SERVICIO = Pattern.compile("(?im)^\\s*servicio\\s*:\\s*(\\S+)\\s*$");

  static ClasificacionCorreo delTexto(String texto) {
    return new ClasificacionCorreo(
        valor(TIPO, texto)
            .flatMap(
                v -> {
                  for (TipoTicket t : TipoTicket.values()) {
                    if (t.name().equals(v)) {
                      return Optional.of(t);
                    }
                  }
                  return Optional.empty();
                }),
        valor(SERVICIO, texto).flatMap(Servicio::deCodigo));
  }

  boolean completa() {
    return tipo.isPresent() && servicio.isPresent();
  }

  private static Optional<String> valor(Pattern patron, String texto) {
    Matcher m = patron.matcher(texto == null ? "" : texto);
    if (!m.find()) {
      return Optional.empty();
    }
    String sinTildes =
        Normalizer.normalize(m.group(1), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return Optional.of(sinTildes.toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
