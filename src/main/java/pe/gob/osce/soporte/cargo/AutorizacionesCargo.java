package pe.gob.osce.soporte.cargo;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import pe.gob.osce.soporte.catalogo.Grupos;
import pe.gob.osce.soporte.seguridad.InicioProceso;

/** La consolidación mensual de cargos (actividad 14) la inicia la jefatura de la UAST. */
@Configuration(proxyBeanMethods = false)
class AutorizacionesCargo {

  @Bean
  InicioProceso inicioConsolidacionPatrimonio() {
    return InicioProceso.de(ConsolidacionPatrimonioProceso.CLAVE, Grupos.JEFE_UAST);
  }
}
