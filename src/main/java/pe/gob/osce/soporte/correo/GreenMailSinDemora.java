package pe.gob.osce.soporte.correo;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.imap.ImapHandler;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.server.ProtocolHandler;
import com.icegreen.greenmail.smtp.SmtpHandler;
import com.icegreen.greenmail.smtp.commands.SmtpCommandRegistry;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.Socket;
import java.net.SocketException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * GreenMail con {@code TCP_NODELAY} en cada conexión aceptada por SMTP e IMAP.
 *
 * <p>GreenMail escribe cada respuesta en varios trozos pequeños. Con el algoritmo de Nagle del
 * servidor y el ACK diferido del cliente, cada trozo tras el primero espera unos 40 ms: un envío
 * SMTP costaba 48 ms y leer 60 correos por IMAP 10,7 s; sin Nagle, 4-7 ms y 0,12 s. El servidor
 * embebido es el correo real de la demo, así que la demora la sentían también las personas.
 */
final class GreenMailSinDemora extends GreenMail {

  GreenMailSinDemora(ServerSetup... protocolos) {
    super(protocolos);
  }

  @Override
  protected Map<String, AbstractServer> createServices(
      ServerSetup[] protocolos, Managers gestores) {
    Map<String, AbstractServer> servidores = new HashMap<>();
    for (ServerSetup protocolo : protocolos) {
      String nombre = protocolo.getProtocol();
      if (servidores.containsKey(nombre)) {
        throw new IllegalArgumentException(
            "Protocolo repetido en el servidor de correo: " + nombre);
      }
      Function<Socket, ProtocolHandler> atencion =
          switch (nombre) {
            case ServerSetup.PROTOCOL_SMTP ->
                conexion ->
                    new SmtpHandler(new SmtpCommandRegistry(), gestores.getSmtpManager(), conexion);
            case ServerSetup.PROTOCOL_IMAP ->
                conexion ->
                    new ImapHandler(
                        gestores.getUserManager(), gestores.getImapHostManager(), conexion);
            default ->
                throw new IllegalArgumentException(
                    "El servidor de correo embebido solo atiende SMTP e IMAP sin cifrar, no "
                        + nombre);
          };
      servidores.put(nombre, new ServidorSinNagle(protocolo, gestores, atencion));
    }
    return servidores;
  }

  /** Un servidor de GreenMail que apaga Nagle en cada conexión antes de atenderla. */
  private static final class ServidorSinNagle extends AbstractServer {

    private final Function<Socket, ProtocolHandler> atencion;

    ServidorSinNagle(
        ServerSetup protocolo, Managers gestores, Function<Socket, ProtocolHandler> atencion) {
      super(protocolo, gestores);
      this.atencion = atencion;
    }

    @Override
    protected ProtocolHandler createProtocolHandler(Socket conexion) {
      return atencion.apply(conexion);
    }

    @Override
    protected void handleClientSocket(Socket conexion) throws SocketException {
      conexion.setTcpNoDelay(true);
      super.handleClientSocket(conexion);
    }
  }
}
