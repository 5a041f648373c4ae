package pe.gob.osce.soporte.ticket;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Enlaces de conformidad de las actividades 7 y 9 ({@code soporte.conformidad.*}): el secreto con
 * que se firman (HMAC-SHA256), cuánto valen y la dirección pública con que se arman.
 */
@ConfigurationProperties(prefix = "soporte.conformidad")
public record ConformidadProperties(
    String secreto,
    @DefaultValue("P7D") Duration vigencia,
    @DefaultValue("http://localhost:8080") String urlPublica) {}
