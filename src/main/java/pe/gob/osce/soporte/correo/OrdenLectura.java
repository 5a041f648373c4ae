package pe.gob.osce.soporte.correo;

import jakarta.mail.Flags;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * En qué orden se procesa la bandeja: primero los mensajes que nunca fallaron, después los que ya
 * fallaron (menos intentos antes); dentro de cada grupo, en orden de llegada, para que una
 * respuesta no pase delante del pedido que responde. Así ni cincuenta mensajes envenenados al
 * comienzo de la bandeja retrasan a uno nuevo.
 */
final class OrdenLectura {

  private OrdenLectura() {}

  static List<Message> ordenar(Message[] mensajes, Map<String, Integer> fallidos)
      throws MessagingException {
    record Turno(Message mensaje, int intentos, int llegada) {}
    List<Turno> turnos = new ArrayList<>();
    for (int i = 0; i < mensajes.length; i++) {
      if (!mensajes[i].isSet(Flags.Flag.DELETED)) {
        turnos.add(new Turno(mensajes[i], intentos(mensajes[i], fallidos), i));
      }
    }
    turnos.sort(Comparator.comparingInt(Turno::intentos).thenComparingInt(Turno::llegada));
    return turnos.stream().map(Turno::mensaje).toList();
  }

  private static int intentos(Message mensaje, Map<String, Integer> fallidos)
      throws MessagingException {
    if (fallidos.isEmpty() || !(mensaje instanceof jakarta.mail.internet.MimeMessage mime)) {
      return 0;
    }
    String id = mime.getMessageID();
    return id == null || id.isBlank()
        ? 0
        : fallidos.getOrDefault(RegistroCorreosEntrantes.clave(id), 0);
  }
}
