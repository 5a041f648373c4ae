package pe.gob.osce.soporte.correo;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** Lee un buzón por IMAP como lo haría una persona, para comprobar lo que de verdad llegó. */
public final class BuzonImap {

  private BuzonImap() {}

  public static List<MimeMessage> leer(String host, int puerto, String usuario, String clave)
      throws MessagingException {
    var propiedades = new Properties();
    propiedades.put("mail.imap.connectiontimeout", "5000");
    propiedades.put("mail.imap.timeout", "5000");
    try (Store store = Session.getInstance(propiedades).getStore("imap")) {
      store.connect(host, puerto, usuario, clave);
      Folder entrada = store.getFolder("INBOX");
      entrada.open(Folder.READ_ONLY);
      List<MimeMessage> copias = new ArrayList<>();
      for (Message mensaje : entrada.getMessages()) {
        copias.add(new MimeMessage((MimeMessage) mensaje)); // legible después de cerrar el store
      }
      entrada.close(false);
      return copias;
    }
  }
}
