package pe.gob.osce.soporte.correo;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.UserException;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * El servidor de correo del perfil por defecto (demo), para que el procedimiento corra de punta a
 * punta sin servidor externo: el servicio envía por SMTP y las personas leen cualquier buzón por
 * IMAP con la dirección como usuario y la {@code clave} configurada como contraseña. Los buzones
 * distintos del de la mesa de ayuda se crean cuando llega su primer correo, con esa misma
 * contraseña.
 *
 * <p>Solo en el perfil demo, diga lo que diga {@code habilitado}: fuera de la demo nunca se abre un
 * servidor con la contraseña {@code demo}.
 *
 * <p>Un bean de ciclo de vida de la fase más temprana: está arriba antes que el servidor web y
 * antes de que el ejecutor de jobs (iniciado con ApplicationReadyEvent) pueda enviar nada, y se
 * detiene el último.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(
    prefix = "soporte.correo.servidor-embebido",
    name = "habilitado",
    havingValue = "true")
public class ServidorCorreoEmbebido implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(ServidorCorreoEmbebido.class);

  private final CorreoProperties propiedades;
  private volatile GreenMail greenMail;

  public ServidorCorreoEmbebido(CorreoProperties propiedades) {
    this.propiedades = propiedades;
  }

  @Override
  public synchronized void start() {
    var servidor = propiedades.servidorEmbebido();
    var smtp = new ServerSetup(servidor.puertoSmtp(), servidor.host(), ServerSetup.PROTOCOL_SMTP);
    var imap = new ServerSetup(servidor.puertoImap(), servidor.host(), ServerSetup.PROTOCOL_IMAP);
    var nuevo =
        new GreenMailSinDemora(smtp, imap)
            .withConfiguration(
                GreenMailConfiguration.aConfig()
                    .withUser(propiedades.remitente(), propiedades.remitente(), servidor.clave()));
    UserManager usuarios = nuevo.getUserManager();
    usuarios.setMessageDeliveryHandler(
        (mensaje, destino) -> buzon(usuarios, destino.getEmail(), servidor.clave()));
    try {
      nuevo.start();
    } catch (RuntimeException e) {
      nuevo.stop();
      throw new IllegalStateException(
          "No se pudo iniciar el servidor de correo embebido en "
              + servidor.host()
              + " (SMTP "
              + servidor.puertoSmtp()
              + ", IMAP "
              + servidor.puertoImap()
              + "): ¿puerto ocupado?",
          e);
    }
    greenMail = nuevo;
    log.info(
        "Servidor de correo embebido iniciado en {}: SMTP puerto {}, IMAP puerto {}; "
            + "buzón de la mesa de ayuda {} (cualquier buzón: usuario = dirección, clave '{}')",
        servidor.host(),
        servidor.puertoSmtp(),
        servidor.puertoImap(),
        propiedades.remitente(),
        servidor.clave());
  }

  /** El buzón del destinatario, creado con la primera entrega y con la contraseña de la demo. */
  private static synchronized GreenMailUser buzon(
      UserManager usuarios, String direccion, String clave) throws UserException {
    GreenMailUser usuario = usuarios.getUserByEmail(direccion);
    return usuario != null ? usuario : usuarios.createUser(direccion, direccion, clave);
  }

  @Override
  public synchronized void stop() {
    if (greenMail != null) {
      greenMail.stop();
      greenMail = null;
      log.info("Servidor de correo embebido detenido");
    }
  }

  @Override
  public boolean isRunning() {
    return greenMail != null;
  }

  @Override
  public int getPhase() {
    return Integer.MIN_VALUE + 1000;
  }
}
