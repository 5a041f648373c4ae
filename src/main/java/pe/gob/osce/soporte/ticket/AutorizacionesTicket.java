package pe.gob.osce.soporte.ticket;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import pe.gob.osce.soporte.catalogo.Grupos;
import pe.gob.osce.soporte.seguridad.InicioProceso;

/**
 * Quién inicia los procesos del ticket (actividades 1-13); los otorga {@code seguridad} al
 * arrancar.
 */
@Configuration(proxyBeanMethods = false)
class AutorizacionesTicket {

  @Bean
  InicioProceso inicioAtencionTicket() {
    return InicioProceso.de(AtencionTicketProceso.CLAVE, Grupos.MESA_AYUDA);
  }

  /**
   * Error del proveedor reportado por teléfono o correo: el delegate rechaza al técnico que no es
   * el del ticket.
   */
  @Bean
  InicioProceso inicioReportarErrorProveedor() {
    return InicioProceso.de(
        ReportarErrorProveedorProceso.CLAVE, Grupos.MESA_AYUDA, Grupos.SOPORTE_TECNICO);
  }
}
