package pe.gob.osce.soporte.mantenimiento;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import pe.gob.osce.soporte.catalogo.Grupos;
import pe.gob.osce.soporte.seguridad.InicioProceso;

/** El mantenimiento preventivo (actividades 23-25) lo inicia a mano la mesa de ayuda. */
@Configuration(proxyBeanMethods = false)
class AutorizacionesMantenimiento {

  @Bean
  InicioProceso inicioMantenimientoEquipos() {
    return InicioProceso.de(MantenimientoEquiposProceso.CLAVE, Grupos.MESA_AYUDA);
  }
}
