package pe.gob.osce.soporte.correo;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Lectura del buzón de la mesa de ayuda por IMAP ({@code soporte.correo.entrada.*}): servidor,
 * cuenta, carpetas y límites. Con {@code habilitada} en false el buzón no se lee solo; las pruebas
 * llaman a {@link BuzonEntrada#leer()} directamente.
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
    @DefaultValue("PT5M") Duration duracionCerrojo) {}
