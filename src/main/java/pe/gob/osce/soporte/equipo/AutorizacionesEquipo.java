package pe.gob.osce.soporte.equipo;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import pe.gob.osce.soporte.catalogo.Grupos;
import pe.gob.osce.soporte.seguridad.InicioProceso;

/** Quién inicia el ciclo de vida de un equipo (actividades 15-19) y el informe de baja (20-22). */
@Configuration(proxyBeanMethods = false)
class AutorizacionesEquipo {

  @Bean
  InicioProceso inicioCicloVidaEquipo() {
    return InicioProceso.de(CicloVidaEquipoProceso.CLAVE, Grupos.SOPORTE_TECNICO);
  }

  /**
   * Actividad 20: la mesa de ayuda abre el informe de baja de varios bienes; las jefaturas son
   * candidatas de 21 y 22.
   */
  @Bean
  InicioProceso inicioBajaBienes() {
    return InicioProceso.de(BajaBienesProceso.CLAVE, Grupos.MESA_AYUDA);
  }
}
