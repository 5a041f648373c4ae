package pe.gob.osce.soporte.correo;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * El buzón de la mesa de ayuda en el servidor embebido, visto por IMAP: deja mensajes crudos en la
 * bandeja (APPEND, byte a byte como los escribió el remitente) y lee los asuntos de cada carpeta.
 */
public final class BuzonDePrueba {

  public static final String BUZON = "mesadeayuda@soporte.local";

  private final String host;
  private final int puerto;

  public BuzonDePrueba(String host, int puerto) {
    this.host = host;
    this.puerto = puerto;
  }

  /**
   * Deja el mensaje (texto MIME completo, en bytes ISO-8859-1 para conservar cada octeto) en la
   * bandeja.
   */
  public void depositar(String mime) throws MessagingException {
    depositar(mime.getBytes(StandardCharsets.ISO_8859_1));
  }

  public void depositar(byte[] mime) throws MessagingException {
    Session sesion = Session.getInstance(new Properties());
    try (Store store = conectar(sesion)) {
      Folder bandeja = store.getFolder("INBOX");
      bandeja.appendMessages(
          new Message[] {new MimeMessage(sesion, new ByteArrayInputStream(mime))});
    }
  }

  /** Deja varios mensajes en la bandeja, en este orden, con una sola conexión. */
  public void depositarTodos(List<String> mimes) throws MessagingException {
    Session sesion = Session.getInstance(new Properties());
    try (Store store = conectar(sesion)) {
      Folder bandeja = store.getFolder("INBOX");
      Message[] mensajes = new Message[mimes.size()];
      for (int i = 0; i < mensajes.length; i++) {
        mensajes[i] =
            new MimeMessage(
                sesion,
                new ByteArrayInputStream(mimes.get(i).getBytes(StandardCharsets.ISO_8859_1)));
      }
      bandeja.appendMessages(mensajes);
    }
  }

  /** Los asuntos de los mensajes de una carpeta del buzón (vacía si la carpeta no existe). */
  public List<String> asuntos(String carpeta) throws MessagingException {
    try (Store store = conectar(Session.getInstance(new Properties()))) {
      Folder folder = store.getFolder(carpeta);
      List<String> asuntos = new ArrayList<>();
      if (!folder.exists()) {
        return asuntos;
      }
      folder.open(Folder.READ_ONLY);
      for (Message m : folder.getMessages()) {
        if (!m.isSet(jakarta.mail.Flags.Flag.DELETED)) {
          asuntos.add(m.getSubject());
        }
      }
      folder.close(false);
      return asuntos;
    }
  }

  /** Vacía todas las carpetas, para que cada prueba lea solo lo suyo. */
  public void vaciar() throws MessagingException {
    try (Store store = conectar(Session.getInstance(new Properties()))) {
      for (String nombre : List.of("INBOX", "Procesados", "Ignorados", "Errores")) {
        Folder folder = store.getFolder(nombre);
        if (folder.exists()) {
          folder.open(Folder.READ_WRITE);
          for (Message m : folder.getMessages()) {
            m.setFlag(jakarta.mail.Flags.Flag.DELETED, true);
          }
          folder.close(true);
        }
      }
    }
  }

  private Store conectar(Session sesion) throws MessagingException {
    Store store = sesion.getStore("imap");
    store.connect(host, puerto, BUZON, "demo");
    return store;
  }
}
