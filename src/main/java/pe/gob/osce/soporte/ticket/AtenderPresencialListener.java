package pe.gob.osce.soporte.ticket;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.catalogo.Servicio;
import pe.gob.osce.soporte.comun.Errores;
import pe.gob.osce.soporte.comun.ListenerAlCompletar;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Variables;
import pe.gob.osce.soporte.ticket.ReglaAtencionPresencial.Desplazamiento;
import pe.gob.osce.soporte.ticket.ResultadoAtencion.Paso;

/**
 * Actividad 6: atención presencial. En un desplazamiento se aplica {@link ReglaAtencionPresencial}
 * (conexión eléctrica y de red); el resultado, como en las actividades 4 y 5.
 */
@Component
class AtenderPresencialListener extends ListenerAlCompletar {

  private static final List<Paso> CHECKLIST =
      List.of(
          new Paso(
              Variables.CAUSA_HARDWARE_VERIFICADA, "causa del problema de hardware verificada"),
          new Paso(Variables.PUNTOS_RED_VERIFICADOS, "puntos de red y configuración verificados"),
          new Paso(Variables.PRIVILEGIOS_ADMINISTRADOR, "ingreso con privilegios de administrador"),
          new Paso(Variables.CONEXION_ELECTRICA, "hay conexión eléctrica"),
          new Paso(Variables.SERV_GENERALES_COMUNICADO, "comunicado a Servicios Generales"),
          new Paso(Variables.CONEXION_RED, "hay punto de red"),
          new Paso(Variables.TARJETA_INALAMBRICA_STOCK, "hay tarjetas inalámbricas en stock"),
          new Paso(Variables.TARJETA_INSTALADA, "tarjeta inalámbrica instalada"),
          new Paso(Variables.ADQUISICION_COORDINADA, "adquisición de tarjetas coordinada"),
          new Paso(Variables.VALIDACION_SOLICITADA, "validación solicitada al usuario"));

  private final ResultadoAtencion resultado;

  AtenderPresencialListener(ResultadoAtencion resultado) {
    this.resultado = resultado;
  }

  @Override
  protected void alCompletar(DelegateTask tarea) {
    Errores errores = new Errores();
    if (Variables.SERVICIO.leer(tarea) == Servicio.DESPLAZAMIENTOS) {
      ReglaAtencionPresencial.validar(
          new Desplazamiento(
              Variables.CONEXION_ELECTRICA.leer(tarea),
              Variables.SERV_GENERALES_COMUNICADO.leer(tarea),
              Variables.CONEXION_RED.leer(tarea),
              Variables.TARJETA_INALAMBRICA_STOCK.leer(tarea),
              Variables.TARJETA_INSTALADA.leer(tarea),
              Variables.ADQUISICION_COORDINADA.leer(tarea)),
          errores);
    }
    resultado.registrar(tarea, errores, ResultadoAtencion.checklist(tarea, CHECKLIST));
  }
}
