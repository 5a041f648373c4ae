package pe.gob.osce.soporte.correo;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Lectura del buzón de la mesa de ayuda por IMAP ({@code soporte.correo.entrada.*}): servidor,
 * cuenta, carpetas y límites. Con {@code habilitada} en false el buzón no se lee solo; las pruebas
 * llaman a {@link BuzonEntrada#leer()} directamente. {@code dominios}: de qué dominios se aceptan
 * pedidos nuevos (issue 10); {@code intentosMaximos}: fallas técnicas antes de mover a Errores.
 */
@ConfigurationProperties(prefix = "soporte.correo.entrada")
public record EntradaCorreoProperties(
    boolean habilitada,
    @DefaultValue("imap") String protocolo,
    @DefaultValue("127.0.0.1") String host,
    @DefaultValue("3143") int puerto,
    @DefaultValue("mesadeayuda@soporte.local") String usuario,
    @DefaultValue("demo") String clave,
    @DefaultValue("INBOX") String carpeta,
    @DefaultValue("Procesados") String carpetaProcesados,
    @DefaultValue("Ignorados") String carpetaIgnorados,
    @DefaultValue("Errores") String carpetaErrores,
    @DefaultValue("PT1M") Duration intervalo,
    @DefaultValue("50") int mensajesPorLectura,
    @DefaultValue("25MB") DataSize tamanoMaximoMensaje,
    @DefaultValue("10MB") DataSize tamanoMaximoAdjunto,
    @DefaultValue("PT5M") Duration duracionCerrojo,
    @DefaultValue("3") int intentosMaximos,
    List<String> dominios) {

  public EntradaCorreoProperties {
    dominios =
        dominios == null
            ? List.of()
            : dominios.stream()
                .map(d -> d.strip().toLowerCase(Locale.ROOT))
                .map(d -> d.startsWith("@") ? d.substring(1) : d)
                .filter(d -> !d.isEmpty())
                .toList();
  }

  /**
   * Si la dirección es de un dominio del que se aceptan pedidos nuevos: el dominio exacto o un
   * subdominio suyo. Con la lista vacía no se acepta ninguno.
   */
  public boolean dominioPermitido(String direccion) {
    int arroba = direccion == null ? -1 : direccion.lastIndexOf('@');
    if (arroba < 0) {
      return false;
    }
    String dominio = direccion.substring(arroba + 1).strip().toLowerCase(Locale.ROOT);
    return dominios.stream().anyMatch(d -> dominio.equals(d) || dominio.endsWith("." + d));
  }
}
