package pe.gob.osce.soporte.correo;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import pe.gob.osce.soporte.comun.DatosInvalidosException;
import pe.gob.osce.soporte.correo.DescartesCorreo.Motivo;
import pe.gob.osce.soporte.correo.ReceptorCorreo.Recepcion;
import pe.gob.osce.soporte.correo.ReceptorCorreo.Resultado;

/**
 * Lee el buzón de la mesa de ayuda por IMAP. Cada mensaje se procesa en su propia transacción
 * (Message-ID anotado + ticket o respuesta) y solo después de confirmarla se mueve a "Procesados" o
 * "Ignorados": si el servicio cae en medio, el mensaje sigue en la bandeja y la siguiente lectura
 * lo reconoce por su Message-ID. Lo que no se puede leer va a "Errores" y no detiene a los demás.
 *
 * <p>Issue 10: una falla técnica se cuenta por Message-ID ({@link IntentosCorreo}) y al intento
 * {@code intentos-maximos} el mensaje va a "Errores". Cada lectura recorre toda la bandeja, primero
 * los mensajes que nunca fallaron (en orden de llegada) y después los que ya fallaron, hasta
 * agotarla o agotar su tiempo (la mitad de la duración del cerrojo, que se renueva cada {@code
 * mensajes-por-lectura} mensajes): los mensajes envenenados no esconden a los nuevos.
 */
@Component
public class BuzonEntrada {

  private static final Logger log = LoggerFactory.getLogger(BuzonEntrada.class);

  /** Lo que hizo una lectura del buzón. */
  public record Lectura(boolean leido, int procesados, int ignorados, int errores, int pendientes) {
    static final Lectura OCUPADO = new Lectura(false, 0, 0, 0, 0);
  }

  private enum Destino {
    PROCESADOS,
    IGNORADOS,
    ERRORES,
    PENDIENTE
  }

  /** Adónde va un mensaje y, si no llegó a ticket ni respuesta, por qué (se cuenta). */
  private record Desenlace(Destino destino, Motivo motivo, String messageId) {}

  private final EntradaCorreoProperties propiedades;
  private final LectorMensajes lector;
  private final RegistroCorreosEntrantes registro;
  private final ReceptorCorreo receptor;
  private final CerrojoBuzon cerrojo;
  private final TransactionTemplate transaccion;
  private final IntentosCorreo intentos;
  private final DescartesCorreo descartes;

  public BuzonEntrada(
      EntradaCorreoProperties propiedades,
      LectorMensajes lector,
      RegistroCorreosEntrantes registro,
      ReceptorCorreo receptor,
      CerrojoBuzon cerrojo,
      TransactionTemplate transaccion,
      IntentosCorreo intentos,
      DescartesCorreo descartes) {
    this.propiedades = propiedades;
    this.lector = lector;
    this.registro = registro;
    this.receptor = receptor;
    this.cerrojo = cerrojo;
    this.transaccion = transaccion;
    this.intentos = intentos;
    this.descartes = descartes;
  }

  /**
   * Una lectura completa; si otro nodo tiene el cerrojo, no hace nada (en este nodo, una lectura a
   * la vez).
   */
  public synchronized Lectura leer() throws MessagingException {
    if (!cerrojo.tomar()) {
      log.debug("Otro nodo está leyendo el buzón");
      return Lectura.OCUPADO;
    }
    Session sesion = Session.getInstance(SesionImap.propiedades(propiedades.protocolo()));
    try (Store store = sesion.getStore(propiedades.protocolo())) {
      store.connect(
          propiedades.host(), propiedades.puerto(), propiedades.usuario(), propiedades.clave());
      Folder bandeja = store.getFolder(propiedades.carpeta());
      bandeja.open(Folder.READ_WRITE);
      int[] cuenta = new int[Destino.values().length];
      Message[] mensajes = bandeja.getMessages();
      FetchProfile perfil = new FetchProfile();
      perfil.add(FetchProfile.Item.ENVELOPE); // el Message-ID de cada uno, sin bajar los cuerpos
      perfil.add(FetchProfile.Item.FLAGS);
      bandeja.fetch(mensajes, perfil);
      Map<String, Integer> fallidos = intentos.pendientes();
      List<Message> orden = OrdenLectura.ordenar(mensajes, fallidos);
      long limite = System.nanoTime() + propiedades.duracionCerrojo().toNanos() / 2;
      for (int i = 0; i < orden.size() && System.nanoTime() < limite; i++) {
        if (i > 0 && i % Math.max(1, propiedades.mensajesPorLectura()) == 0 && !cerrojo.tomar()) {
          break; // el cerrojo venció y lo tomó otro nodo: que siga él
        }
        Message mensaje = orden.get(i);
        Desenlace desenlace = procesar((MimeMessage) mensaje);
        mover(store, bandeja, mensaje, desenlace, fallidos);
        cuenta[desenlace.destino().ordinal()]++;
      }
      bandeja.close(true);
      return new Lectura(true, cuenta[0], cuenta[1], cuenta[2], cuenta[3]);
    } finally {
      cerrojo.soltar();
    }
  }

  private Desenlace procesar(MimeMessage mensaje) {
    String asunto = "?";
    CorreoEntrante correo = null;
    try {
      asunto = mensaje.getSubject();
      long limite = propiedades.tamanoMaximoMensaje().toBytes();
      if (mensaje.getSize() > limite) {
        throw new MensajeIlegibleException(
            "El mensaje mide " + mensaje.getSize() + " bytes, más que el límite de " + limite);
      }
      correo = lector.leer(SesionImap.copiaLocal(mensaje, limite));
      CorreoEntrante leido = correo;
      return transaccion.execute(estado -> unaVez(leido));
    } catch (MensajeIlegibleException | MessagingException e) {
      log.warn(
          "Mensaje «{}» movido a la carpeta {}: {}",
          asunto,
          propiedades.carpetaErrores(),
          e.getMessage());
      return new Desenlace(Destino.ERRORES, Motivo.ILEGIBLE, idDe(correo, mensaje));
    } catch (DatosInvalidosException e) {
      log.warn(
          "Mensaje «{}» movido a la carpeta {}: {}",
          asunto,
          propiedades.carpetaErrores(),
          e.getMessage());
      return new Desenlace(Destino.ERRORES, Motivo.DATOS_INVALIDOS, idDe(correo, mensaje));
    } catch (DuplicateKeyException e) {
      log.info("Mensaje «{}» ya anotado por otra lectura", asunto);
      return new Desenlace(Destino.PROCESADOS, null, idDe(correo, mensaje));
    } catch (RuntimeException e) {
      return fallaTecnica(asunto, idDe(correo, mensaje), e);
    }
  }

  /**
   * Una falla que puede pasar sola (base, disco): se reintenta, salvo que ya se repitió demasiado.
   */
  private Desenlace fallaTecnica(String asunto, String messageId, RuntimeException e) {
    if (messageId == null) {
      log.error(
          "Mensaje «{}» sin Message-ID: falla técnica, se reintenta en la siguiente lectura",
          asunto,
          e);
      return new Desenlace(Destino.PENDIENTE, null, null);
    }
    int veces;
    try {
      veces = intentos.fallo(messageId, e.toString());
    } catch (RuntimeException sinBase) {
      log.error("Mensaje «{}»: falla técnica, se reintenta en la siguiente lectura", asunto, e);
      return new Desenlace(Destino.PENDIENTE, null, messageId);
    }
    if (veces >= propiedades.intentosMaximos()) {
      log.warn(
          "Mensaje «{}» {} movido a la carpeta {} tras {} fallas técnicas; la última: {}",
          asunto,
          messageId,
          propiedades.carpetaErrores(),
          veces,
          e.toString());
      return new Desenlace(Destino.ERRORES, Motivo.FALLAS_REPETIDAS, messageId);
    }
    log.error(
        "Mensaje «{}» {}: falla técnica (intento {} de {}), se reintenta en la siguiente lectura",
        asunto,
        messageId,
        veces,
        propiedades.intentosMaximos(),
        e);
    return new Desenlace(Destino.PENDIENTE, null, messageId);
  }

  private static String idDe(CorreoEntrante correo, MimeMessage mensaje) {
    if (correo != null) {
      return correo.messageId();
    }
    try {
      String id = mensaje.getMessageID();
      return id == null || id.isBlank() ? null : id.strip();
    } catch (MessagingException e) {
      return null;
    }
  }

  private Desenlace unaVez(CorreoEntrante correo) {
    var previo = registro.resultado(correo.messageId());
    if (previo.isPresent()) {
      log.info("Mensaje {} ya procesado ({}): no se repite", correo.messageId(), previo.get());
      return new Desenlace(destino(previo.get()), null, correo.messageId());
    }
    Recepcion recepcion = recepcion(correo);
    registro.anotar(correo, recepcion);
    registro.anotarAdjuntos(
        RegistroCorreosEntrantes.clave(correo.messageId()),
        recepcion.adjuntos(),
        recepcion.resultado() == Resultado.RESPUESTA ? recepcion.codigoTicket() : null);
    if (recepcion.resultado() == Resultado.IGNORADO && recepcion.motivo() == Motivo.AUTOMATICO) {
      log.info("Correo de {} ignorado: {}", correo.remitente(), recepcion.detalle());
    } else if (recepcion.resultado() == Resultado.IGNORADO) {
      log.warn(
          "Correo de {} («{}») rechazado y movido a {}: {}",
          correo.remitente(),
          correo.asunto(),
          propiedades.carpetaIgnorados(),
          recepcion.detalle());
    }
    return new Desenlace(
        destino(recepcion.resultado()),
        recepcion.resultado() == Resultado.IGNORADO
            ? (recepcion.motivo() == null ? Motivo.AUTOMATICO : recepcion.motivo())
            : null,
        correo.messageId());
  }

  /** Automáticos y adjuntos ejecutables no llegan al receptor; lo demás lo decide él. */
  private Recepcion recepcion(CorreoEntrante correo) {
    if (correo.esAutomatico()) {
      return Recepcion.ignorado(Motivo.AUTOMATICO, correo.automatico());
    }
    var ejecutable = AdjuntosEjecutables.motivo(correo.adjuntos());
    if (ejecutable.isPresent()) {
      return Recepcion.ignorado(Motivo.ADJUNTO_EJECUTABLE, ejecutable.get());
    }
    return receptor.recibir(correo, RegistroCorreosEntrantes.clave(correo.messageId()));
  }

  private static Destino destino(Resultado resultado) {
    return resultado == Resultado.IGNORADO ? Destino.IGNORADOS : Destino.PROCESADOS;
  }

  /**
   * Después de confirmar: a su carpeta (o solo marcado como leído si la carpeta no está
   * configurada).
   */
  private void mover(
      Store store,
      Folder bandeja,
      Message mensaje,
      Desenlace desenlace,
      Map<String, Integer> fallidos) {
    Destino destino = desenlace.destino();
    if (destino == Destino.PENDIENTE) {
      return;
    }
    String nombre =
        switch (destino) {
          case PROCESADOS -> propiedades.carpetaProcesados();
          case IGNORADOS -> propiedades.carpetaIgnorados();
          default -> propiedades.carpetaErrores();
        };
    if (desenlace.motivo() != null) {
      descartes.contar(nombre, desenlace.motivo());
    }
    olvidarIntentos(desenlace.messageId(), fallidos);
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

  private void olvidarIntentos(String messageId, Map<String, Integer> fallidos) {
    if (messageId == null || !fallidos.containsKey(RegistroCorreosEntrantes.clave(messageId))) {
      return;
    }
    try {
      intentos.olvidar(messageId);
    } catch (RuntimeException e) {
      log.warn("No se pudieron borrar los intentos del mensaje {}: {}", messageId, e.getMessage());
    }
  }
}
