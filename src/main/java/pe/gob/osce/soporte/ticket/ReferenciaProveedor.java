package pe.gob.osce.soporte.ticket;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * El correo de escalamiento de la actividad 8 lleva en su Message-ID una firma (HMAC con el secreto
 * de los enlaces) del código del ticket y de la dirección del proveedor: {@code
 * <SOP-2026-000042-firma.uuid@…>}. Solo quien recibió ese correo puede citarlo en
 * In-Reply-To/References, así que un remitente falsificado con la dirección del proveedor no pasa
 * por su respuesta en la actividad 9 (issue 10).
 */
@Component
public class ReferenciaProveedor {

  private final SecretoFirmas secreto;

  public ReferenciaProveedor(SecretoFirmas secreto) {
    this.secreto = secreto;
  }

  /** Lo que va antes del punto en el Message-ID del escalamiento (letras, dígitos y guiones). */
  public String referencia(String codigoTicket, String direccion) {
    return codigoTicket
        + "-"
        + secreto.firmaCorreo(
            "proveedor." + codigoTicket + "." + direccion.strip().toLowerCase(Locale.ROOT));
  }

  /** Si el correo cita el escalamiento enviado a esa misma dirección. */
  public boolean citada(List<String> referencias, String codigoTicket, String remitente) {
    String esperada = "<" + referencia(codigoTicket, remitente) + ".";
    return referencias.stream().anyMatch(r -> r.startsWith(esperada));
  }
}
