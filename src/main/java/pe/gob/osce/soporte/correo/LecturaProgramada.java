package pe.gob.osce.soporte.correo;

import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Lee el buzón cada {@code soporte.correo.entrada.intervalo} cuando la lectura está habilitada
 * (perfil demo, o producción con el servidor IMAP configurado). Un servidor IMAP caído solo deja
 * una advertencia: la siguiente lectura lo vuelve a intentar.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(prefix = "soporte.correo.entrada", name = "habilitada", havingValue = "true")
class LecturaProgramada {

  private static final Logger log = LoggerFactory.getLogger(LecturaProgramada.class);

  private final BuzonEntrada buzon;

  LecturaProgramada(BuzonEntrada buzon, EntradaCorreoProperties propiedades) {
    this.buzon = buzon;
    if (propiedades.dominios().isEmpty()) {
      log.warn(
          "SOPORTE_MAIL_DOMINIOS (soporte.correo.entrada.dominios) está vacío: el buzón se lee, pero ningún"
              + " correo abre un ticket nuevo; solo se aceptan respuestas a tickets existentes");
    }
  }

  @Scheduled(
      initialDelayString = "${soporte.correo.entrada.intervalo:PT1M}",
      fixedDelayString = "${soporte.correo.entrada.intervalo:PT1M}")
  void leer() {
    try {
      BuzonEntrada.Lectura lectura = buzon.leer();
      if (lectura.procesados() + lectura.ignorados() + lectura.errores() > 0) {
        log.info("Buzón leído: {}", lectura);
      }
    } catch (MessagingException e) {
      log.warn("No se pudo leer el buzón: {}", e.getMessage());
    }
  }
}
