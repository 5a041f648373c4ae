package pe.gob.osce.soporte.correo;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import pe.gob.osce.soporte.comun.DatosInvalidosException;
import pe.gob.osce.soporte.correo.ReceptorCorreo.Recepcion;
import pe.gob.osce.soporte.correo.ReceptorCorreo.Resultado;

/**
 * Lee el buzón de la mesa de ayuda por IMAP. Cada mensaje se procesa en su propia transacción
 * (Message-ID anotado + ticket o respuesta) y solo después de confirmarla se mueve a "Procesados"
 * o "Ignorados": si el servicio cae en medio, el mensaje sigue en la bandeja y la siguiente lectura
 * lo reconoce por su Message-ID. Lo que no se puede leer va a "Errores" y no detiene a los demás.
 */
@Component
public class BuzonEntrada {

  private static final Logger log = LoggerFactory.getLogger(BuzonEntrada.class);

  /** Lo que hizo una lectura del buzón. */
  public record Lectura(boolean leido, int procesados, int ignorados, int errores, int pendientes) {
    static final Lectura OCUPADO = new Lectura(false, 0, 0, 0, 0);
  }

  private enum Destino { PROCESADOS, IGNORADOS, ERRORES, PENDIENTE }

  private final EntradaCorreoProperties propiedades;
  private final LectorMensajes lector;
  private final RegistroCorreosEntrantes registro;
  private final ReceptorCorreo receptor;
  private final CerrojoBuzon cerrojo;
  private final TransactionTemplate transaccion;

  public BuzonEntrada(EntradaCorreoProperties propiedades, LectorMensajes lector, RegistroCorreosEntrantes registro,
      ReceptorCorreo receptor, CerrojoBuzon cerrojo, TransactionTemplate transaccion) {
    this.propiedades = propiedades;
    this.lector = lector;
    this.registro = registro;
    this.receptor = receptor;
    this.cerrojo = cerrojo;
    this.transaccion = transaccion;
  }

  /** Una lectura completa; si otro nodo tiene el cerrojo, no hace nada (en este nodo, una lectura a la vez). */
  public synchronized Lectura leer() throws MessagingException {
    if (!cerrojo.tomar()) {
      log.debug("Otro nodo está leyendo el buzón");
      return Lectura.OCUPADO;
    }
    try (Store store = Session.getInstance(sesion()).getStore(propiedades.protocolo())) {
      store.connect(propiedades.host(), propiedades.puerto(), propiedades.usuario(), propiedades.clave());
      Folder bandeja = store.getFolder(propiedades.carpeta());
      bandeja.open(Folder.READ_WRITE);
      int[] cuenta = new int[Destino.values().length];
      Message[] mensajes = bandeja.getMessages();
      for (int i = 0; i < Math.min(mensajes.length, propiedades.mensajesPorLectura()); i++) {
        Message mensaje = mensajes[i];
        if (mensaje.isSet(Flags.Flag.DELETED)) {
          continue;
        }
        Destino destino = procesar((MimeMessage) mensaje);
        mover(store, bandeja, mensaje, destino);
        cuenta[destino.ordinal()]++;
      }
      bandeja.close(true);
      return new Lectura(true, cuenta[0], cuenta[1], cuenta[2], cuenta[3]);
    } finally {
      cerrojo.soltar();
    }
  }

  private Destino procesar(MimeMessage mensaje) {
    String asunto = "?";
    try {
      asunto = mensaje.getSubject();
      long limite = propiedades.tamanoMaximoMensaje().toBytes();
      if (mensaje.getSize() > limite) {
        throw new MensajeIlegibleException("El mensaje mide " + mensaje.getSize() + " bytes, más que el límite de "
            + limite);
      }
      CorreoEntrante correo = lector.leer(copiaLocal(mensaje, limite));
      return transaccion.execute(estado -> unaVez(correo));
    } catch (MensajeIlegibleException | DatosInvalidosException | MessagingException e) {
      log.warn("Mensaje «{}» movido a la carpeta {}: {}", asunto, propiedades.carpetaErrores(), e.getMessage());
      return Destino.ERRORES;
    } catch (DuplicateKeyException e) {
      log.info("Mensaje «{}» ya anotado por otra lectura", asunto);
      return Destino.PROCESADOS;
    } catch (RuntimeException e) {
      log.error("Mensaje «{}»: falla técnica, se reintenta en la siguiente lectura", asunto, e);
      return Destino.PENDIENTE;
    }
  }

  /**
   * El mensaje tal como está en el servidor (BODY[]), leído y analizado aquí: un MIME roto no
   * depende de que el servidor sepa describir su estructura, y no corta la conexión de la lectura.
   */
  private MimeMessage copiaLocal(MimeMessage mensaje, long limite) throws MessagingException, MensajeIlegibleException {
    var crudo = new java.io.ByteArrayOutputStream();
    try {
      mensaje.writeTo(crudo);
    } catch (java.io.IOException e) {
      throw new MensajeIlegibleException("No se pudo descargar el mensaje: " + e.getMessage(), e);
    }
    if (crudo.size() > limite) {
      throw new MensajeIlegibleException("El mensaje mide " + crudo.size() + " bytes, más que el límite de " + limite);
    }
    return new MimeMessage(Session.getInstance(sesion()), new java.io.ByteArrayInputStream(crudo.toByteArray()));
  }

  private Destino unaVez(CorreoEntrante correo) {
    var previo = registro.resultado(correo.messageId());
    if (previo.isPresent()) {
      log.info("Mensaje {} ya procesado ({}): no se repite", correo.messageId(), previo.get());
      return destino(previo.get());
    }
    Recepcion recepcion = correo.esAutomatico()
        ? new Recepcion(Resultado.IGNORADO, null, null, correo.automatico(), null)
        : receptor.recibir(correo, RegistroCorreosEntrantes.clave(correo.messageId()));
    registro.anotar(correo, recepcion);
    registro.anotarAdjuntos(RegistroCorreosEntrantes.clave(correo.messageId()), recepcion.adjuntos(),
        recepcion.resultado() == Resultado.RESPUESTA ? recepcion.codigoTicket() : null);
    if (recepcion.resultado() == Resultado.IGNORADO) {
      log.info("Correo de {} ignorado: {}", correo.remitente(), recepcion.detalle());
    }
    return destino(recepcion.resultado());
  }

  private static Destino destino(Resultado resultado) {
    return resultado == Resultado.IGNORADO ? Destino.IGNORADOS : Destino.PROCESADOS;
  }

  /** Después de confirmar: a su carpeta (o solo marcado como leído si la carpeta no está configurada). */
  private void mover(Store store, Folder bandeja, Message mensaje, Destino destino) {
    if (destino == Destino.PENDIENTE) {
      return;
    }
    String nombre = switch (destino) {
      case PROCESADOS -> propiedades.carpetaProcesados();
      case IGNORADOS -> propiedades.carpetaIgnorados();
      default -> propiedades.carpetaErrores();
    };
    try {
      mensaje.setFlag(Flags.Flag.SEEN, true);
      if (nombre == null || nombre.isBlank()) {
        return;
      }
      Folder carpeta = store.getFolder(nombre);
      if (!carpeta.exists()) {
        carpeta.create(Folder.HOLDS_MESSAGES);
      }
      bandeja.copyMessages(new Message[] {mensaje}, carpeta);
      mensaje.setFlag(Flags.Flag.DELETED, true);
    } catch (MessagingException e) {
      // ya está anotado: la siguiente lectura lo reconoce por su Message-ID y lo vuelve a mover
      log.warn("No se pudo mover el mensaje a {}: {}", nombre, e.getMessage());
    }
  }

  private Properties sesion() {
    Properties p = new Properties();
    String prefijo = "mail." + propiedades.protocolo() + ".";
    p.put(prefijo + "connectiontimeout", "10000");
    p.put(prefijo + "timeout", "30000");
    p.put("mail.mime.address.strict", "false");
    p.put("mail.mime.decodetext.strict", "false");
    return p;
  }
}
