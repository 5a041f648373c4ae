package pe.gob.osce.soporte.correo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import pe.gob.osce.soporte.comun.Reloj;
import pe.gob.osce.soporte.comun.Textos;
import pe.gob.osce.soporte.correo.ReceptorCorreo.Recepcion;
import pe.gob.osce.soporte.correo.ReceptorCorreo.Resultado;
import pe.gob.osce.soporte.documento.AlmacenDocumentos;

/**
 * Los correos ya leídos del buzón, uno por Message-ID (restricción única): es lo que impide un
 * segundo ticket del mismo mensaje, aunque el buzón se lea otra vez o el servicio se reinicie.
 * Guarda también sus adjuntos en el almacén de documentos, en la carpeta "Correos recibidos".
 */
@Repository
public class RegistroCorreosEntrantes {

  public static final String CARPETA_ADJUNTOS = "Correos recibidos";

  private final JdbcTemplate jdbc;
  private final AlmacenDocumentos almacen;

  public RegistroCorreosEntrantes(JdbcTemplate jdbc, AlmacenDocumentos almacen) {
    this.jdbc = jdbc;
    this.almacen = almacen;
  }

  /**
   * La clave del Message-ID en la tabla: su SHA-256 (los Message-ID pueden medir cientos de
   * caracteres).
   */
  public static String clave(String messageId) {
    return LectorMensajes.sha256(messageId.strip().getBytes(StandardCharsets.UTF_8));
  }

  public Optional<Resultado> resultado(String messageId) {
    return jdbc
        .queryForList(
            "SELECT resultado FROM correo_entrante WHERE clave = ?", String.class, clave(messageId))
        .stream()
        .findFirst()
        .map(Resultado::valueOf);
  }

  /**
   * Anota el correo; un Message-ID repetido hace fallar la transacción (DuplicateKeyException).
   * Cada texto que viene de las cabeceras se corta al largo de su columna: un remitente de 400
   * caracteres no debe hacer fallar la lectura una y otra vez.
   */
  public void anotar(CorreoEntrante correo, Recepcion recepcion) {
    jdbc.update(
        "INSERT INTO correo_entrante (clave, message_id, remitente, asunto, resultado, detalle, codigo_ticket,"
            + " process_instance_id, recibido_en) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        clave(correo.messageId()),
        Textos.recortar(correo.messageId(), 1000),
        Textos.recortar(correo.remitente(), 254),
        Textos.recortar(correo.asunto(), 500),
        recepcion.resultado().name(),
        Textos.recortar(recepcion.detalle(), 1000),
        Textos.recortar(recepcion.codigoTicket(), 20),
        Textos.recortar(recepcion.processInstanceId(), 64),
        Reloj.ahora());
  }

  /**
   * La instancia de proceso que abrió el correo con ese Message-ID, si abrió o respondió un ticket.
   */
  public Optional<String> procesoDe(String messageId) {
    return jdbc
        .queryForList(
            "SELECT process_instance_id FROM correo_entrante WHERE clave = ?"
                + " AND process_instance_id IS NOT NULL",
            String.class,
            clave(messageId))
        .stream()
        .findFirst();
  }

  /** Guarda los adjuntos del correo; se anotan al ticket cuando este ya tiene código. */
  public List<AdjuntoGuardado> guardarAdjuntos(String claveCorreo, List<Adjunto> adjuntos) {
    List<AdjuntoGuardado> guardados = new ArrayList<>();
    for (int i = 0; i < adjuntos.size(); i++) {
      Adjunto adjunto = adjuntos.get(i);
      String archivo =
          claveCorreo.substring(0, 12)
              + "-"
              + (i + 1)
              + "-"
              + nombreSeguro(adjunto.nombreArchivo());
      almacen.guardar(CARPETA_ADJUNTOS, archivo, adjunto.contenido());
      guardados.add(new AdjuntoGuardado(CARPETA_ADJUNTOS, archivo, adjunto.nombreArchivo()));
    }
    return guardados;
  }

  /** Anota los adjuntos después de guardar el correo (la fila del correo debe existir). */
  public void anotarAdjuntos(
      String claveCorreo, List<AdjuntoGuardado> adjuntos, String codigoTicket) {
    for (AdjuntoGuardado a : adjuntos) {
      jdbc.update(
          "INSERT INTO correo_adjunto (clave_correo, carpeta, archivo, nombre_original, codigo_ticket)"
              + " VALUES (?, ?, ?, ?, ?)",
          claveCorreo,
          a.carpeta(),
          a.archivo(),
          Textos.recortar(a.nombreOriginal(), 300),
          codigoTicket);
    }
  }

  /**
   * Liga al ticket ya registrado el correo que lo abrió y sus adjuntos; devuelve los adjuntos
   * ligados ahora.
   */
  public List<AdjuntoGuardado> ligarAlTicket(String messageId, String codigoTicket) {
    String clave = clave(messageId);
    List<AdjuntoGuardado> pendientes =
        jdbc.query(
            "SELECT carpeta, archivo, nombre_original FROM correo_adjunto WHERE clave_correo = ? AND codigo_ticket IS NULL"
                + " ORDER BY id",
            (rs, i) -> new AdjuntoGuardado(rs.getString(1), rs.getString(2), rs.getString(3)),
            clave);
    jdbc.update(
        "UPDATE correo_adjunto SET codigo_ticket = ? WHERE clave_correo = ?", codigoTicket, clave);
    jdbc.update(
        "UPDATE correo_entrante SET codigo_ticket = ? WHERE clave = ?", codigoTicket, clave);
    return pendientes;
  }

  /** Letras, dígitos, punto, guion y paréntesis: lo que acepta el almacén de documentos. */
  static String nombreSeguro(String nombre) {
    String limpio =
        nombre.replaceAll("[^\\p{L}\\p{N} ._()-]", "_").replaceAll("\\.{2,}", ".").strip();
    limpio = limpio.replaceFirst("^[ .]+", "");
    if (limpio.isEmpty()) {
      limpio = "adjunto";
    }
    return limpio.length() > 150 ? limpio.substring(limpio.length() - 150) : limpio;
  }
}
