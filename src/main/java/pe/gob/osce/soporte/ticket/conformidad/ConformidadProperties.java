package pe.gob.osce.soporte.ticket.conformidad;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Enlaces de conformidad de las actividades 7 y 9 ({@code soporte.conformidad.*}): cuánto valen y
 * la dirección pública con que se arman. El secreto con que se firman ({@code
 * soporte.conformidad.secreto}) lo lee {@link pe.gob.osce.soporte.ticket.SecretoFirmas}.
 */
@ConfigurationProperties(prefix = "soporte.conformidad")
public record ConformidadProperties(
    @DefaultValue("P7D") Duration vigencia,
    @DefaultValue("http://localhost:8080") String urlPublica) {}
