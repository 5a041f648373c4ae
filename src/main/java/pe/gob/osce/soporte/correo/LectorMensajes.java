package pe.gob.osce.soporte.correo;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Convierte un mensaje MIME del buzón en un {@link CorreoEntrante}: remitente, asunto con sus
 * encoded-words decodificadas, texto (de text/plain, o de text/html convertido), adjuntos dentro
 * del límite de tamaño, y las referencias que lo ligan a un ticket. Recorre multiparts anidados; en
 * multipart/alternative prefiere el texto plano.
 */
@Component
public class LectorMensajes {

  private static final int PROFUNDIDAD_MAXIMA = 20;

  private final EntradaCorreoProperties entrada;
  private final CorreoProperties correo;

  public LectorMensajes(EntradaCorreoProperties entrada, CorreoProperties correo) {
    this.entrada = entrada;
    this.correo = correo;
  }

  public CorreoEntrante leer(MimeMessage mensaje) throws MensajeIlegibleException {
    try {
      String remitente = remitente(mensaje);
      Partes partes = new Partes();
      recorrer(mensaje, partes, 0);
      String texto =
          partes.texto.length() > 0
              ? partes.texto.toString()
              : TextoCorreo.deHtml(partes.html.toString());
      return new CorreoEntrante(
          messageId(mensaje),
          remitente,
          asunto(mensaje),
          TextoCorreo.normalizar(texto),
          referencias(mensaje),
          partes.adjuntos,
          partes.omitidos,
          DeteccionAutomaticos.motivo(mensaje, remitente, correo.remitente()));
    } catch (MessagingException | IOException | RuntimeException e) {
      throw new MensajeIlegibleException("No se pudo leer el mensaje: " + e.getMessage(), e);
    }
  }

  private static String remitente(MimeMessage mensaje)
      throws MessagingException, MensajeIlegibleException {
    Address[] de = mensaje.getFrom();
    if (de == null
        || de.length == 0
        || !(de[0] instanceof InternetAddress direccion)
        || direccion.getAddress() == null
        || !direccion.getAddress().contains("@")) {
      throw new MensajeIlegibleException("El mensaje no tiene un remitente (From) válido");
    }
    return direccion.getAddress().strip();
  }

  private static String asunto(MimeMessage mensaje) throws MessagingException {
    String asunto = mensaje.getSubject(); // decodifica las encoded-words (=?ISO-8859-1?Q?...?=)
    return asunto == null ? "" : asunto.replaceAll("\\s+", " ").strip();
  }

  /** El Message-ID, o uno derivado del contenido para los mensajes que no lo traen. */
  private static String messageId(MimeMessage mensaje) throws MessagingException, IOException {
    String id = mensaje.getMessageID();
    if (id != null && !id.isBlank()) {
      return id.strip();
    }
    ByteArrayOutputStream crudo = new ByteArrayOutputStream();
    mensaje.writeTo(crudo);
    return "<sin-message-id-" + sha256(crudo.toByteArray()) + "@soporte.local>";
  }

  private static List<String> referencias(MimeMessage mensaje) throws MessagingException {
    List<String> ids = new ArrayList<>();
    for (String cabecera : new String[] {"In-Reply-To", "References"}) {
      String valor = mensaje.getHeader(cabecera, " ");
      if (valor != null) {
        Arrays.stream(valor.split("[\\s,]+")).filter(s -> s.startsWith("<")).forEach(ids::add);
      }
    }
    return ids;
  }

  private void recorrer(Part parte, Partes partes, int profundidad)
      throws MessagingException, IOException, MensajeIlegibleException {
    if (profundidad > PROFUNDIDAD_MAXIMA) {
      throw new MensajeIlegibleException(
          "Multiparts anidados a más de " + PROFUNDIDAD_MAXIMA + " niveles");
    }
    if (parte.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) parte.getContent();
      List<BodyPart> hijos = new ArrayList<>();
      for (int i = 0; i < multipart.getCount(); i++) {
        hijos.add(multipart.getBodyPart(i));
      }
      if (parte.isMimeType("multipart/alternative")) {
        hijos = List.of(preferida(hijos));
      }
      for (BodyPart hijo : hijos) {
        recorrer(hijo, partes, profundidad + 1);
      }
      return;
    }
    String nombre = nombreArchivo(parte);
    boolean adjunto = Part.ATTACHMENT.equalsIgnoreCase(parte.getDisposition()) || nombre != null;
    if (!adjunto && parte.isMimeType("text/plain")) {
      agregar(partes.texto, texto(parte));
    } else if (!adjunto && parte.isMimeType("text/html")) {
      agregar(partes.html, texto(parte));
    } else {
      guardarAdjunto(parte, nombre, partes);
    }
  }

  private static BodyPart preferida(List<BodyPart> alternativas) throws MessagingException {
    for (String tipo : new String[] {"text/plain", "multipart/*", "text/html"}) {
      for (BodyPart alternativa : alternativas) {
        if (alternativa.isMimeType(tipo)) {
          return alternativa;
        }
      }
    }
    return alternativas.get(alternativas.size() - 1);
  }

  private void guardarAdjunto(Part parte, String nombre, Partes partes)
      throws MessagingException, IOException {
    String archivo =
        nombre != null
            ? nombre
            : "adjunto-"
                + (partes.adjuntos.size() + 1)
                + (parte.isMimeType("message/rfc822") ? ".eml" : ".bin");
    long limite = entrada.tamanoMaximoAdjunto().toBytes();
    byte[] contenido = leerHasta(parte.getInputStream(), limite);
    if (contenido == null) {
      partes.omitidos.add(
          archivo + " (más de " + entrada.tamanoMaximoAdjunto().toMegabytes() + " MB)");
      return;
    }
    String tipo =
        new ContentType(parte.getContentType()).getBaseType().toLowerCase(java.util.Locale.ROOT);
    partes.adjuntos.add(new Adjunto(archivo, tipo, contenido));
  }

  private static String texto(Part parte) throws MessagingException, IOException {
    String juego = new ContentType(parte.getContentType()).getParameter("charset");
    try (InputStream entrada = parte.getInputStream()) { // ya sin quoted-printable ni base64
      return TextoCorreo.decodificar(entrada.readAllBytes(), juego);
    }
  }

  private static String nombreArchivo(Part parte) throws MessagingException {
    String nombre = parte.getFileName();
    if (nombre == null || nombre.isBlank()) {
      return null;
    }
    try {
      return MimeUtility.decodeText(nombre).strip();
    } catch (UnsupportedEncodingException e) {
      return nombre.strip();
    }
  }

  /** El contenido, o null si pasa del límite (sin leer más allá). */
  private static byte[] leerHasta(InputStream entrada, long limite) throws IOException {
    try (entrada) {
      byte[] leidos = entrada.readNBytes((int) Math.min(limite + 1, Integer.MAX_VALUE - 8));
      return leidos.length > limite ? null : leidos;
    }
  }

  private static void agregar(StringBuilder destino, String texto) {
    if (destino.length() > 0) {
      destino.append("\n\n");
    }
    destino.append(texto);
  }

  static String sha256(byte[] datos) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(datos));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final class Partes {
    final StringBuilder texto = new StringBuilder();
    final StringBuilder html = new StringBuilder();
    final List<Adjunto> adjuntos = new ArrayList<>();
    final List<String> omitidos = new ArrayList<>();
  }
}
