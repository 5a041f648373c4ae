package pe.gob.osce.soporte.ticket;

import pe.gob.osce.soporte.catalogo.Servicio;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.ListenerAlCompletar;
import pe.gob.osce.soporte.comun.Errores;
import pe.gob.osce.soporte.comun.LecturaVariables;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Variables;

/**
 * Actividad 6: atención presencial. En un desplazamiento el procedimiento exige revisar la conexión
 * eléctrica (si falta, avisar a Servicios Generales) y la de red (si falta, instalar una tarjeta
 * inalámbrica del stock o coordinar su compra); el servidor lo exige también.
 */
@Component
public class AtenderPresencialListener extends ListenerAlCompletar {

  static final String CONEXION_ELECTRICA = "conexionElectrica";
  static final String SERV_GENERALES = "servGeneralesComunicado";
  static final String CONEXION_RED = "conexionRed";
  static final String TARJETA_STOCK = "tarjetaInalambricaStock";
  static final String TARJETA_INSTALADA = "tarjetaInstalada";
  static final String ADQUISICION = "adquisicionCoordinada";

  private final ResultadoAtencion resultado;

  public AtenderPresencialListener(ResultadoAtencion resultado) {
    this.resultado = resultado;
  }

  @Override
  protected void alCompletar(DelegateTask tarea) {
    Errores errores = new Errores();
    if (Servicio.DESPLAZAMIENTOS.name().equals(Variables.SERVICIO.leer(tarea))) {
      validarDesplazamiento(tarea, errores);
    }
    resultado.registrar(tarea, errores, ResultadoAtencion.checklist(tarea,
        "causaHardwareVerificada", "causa del problema de hardware verificada",
        "puntosRedVerificados", "puntos de red y configuración verificados",
        "privilegiosAdministrador", "ingreso con privilegios de administrador",
        CONEXION_ELECTRICA, "hay conexión eléctrica",
        SERV_GENERALES, "comunicado a Servicios Generales",
        CONEXION_RED, "hay punto de red",
        TARJETA_STOCK, "hay tarjetas inalámbricas en stock",
        TARJETA_INSTALADA, "tarjeta inalámbrica instalada",
        ADQUISICION, "adquisición de tarjetas coordinada",
        "validacionSolicitada", "validación solicitada al usuario"));
  }

  private static void validarDesplazamiento(DelegateTask tarea, Errores errores) {
    Boolean electrica = LecturaVariables.booleano(tarea, CONEXION_ELECTRICA);
    if (electrica == null) {
      errores.agregar(CONEXION_ELECTRICA, "indique si hay conexión eléctrica en el nuevo lugar");
    } else if (!electrica && !LecturaVariables.verdadero(tarea, SERV_GENERALES)) {
      errores.agregar(SERV_GENERALES, "sin conexión eléctrica se debe comunicar a Servicios Generales");
    }
    Boolean red = LecturaVariables.booleano(tarea, CONEXION_RED);
    if (red == null) {
      errores.agregar(CONEXION_RED, "indique si hay punto de red en el nuevo lugar");
    } else if (!red) {
      Boolean stock = LecturaVariables.booleano(tarea, TARJETA_STOCK);
      if (stock == null) {
        errores.agregar(TARJETA_STOCK, "sin punto de red, indique si hay tarjetas inalámbricas en stock");
      } else if (stock && !LecturaVariables.verdadero(tarea, TARJETA_INSTALADA)) {
        errores.agregar(TARJETA_INSTALADA, "hay tarjetas en stock: se debe instalar una");
      } else if (!stock && !LecturaVariables.verdadero(tarea, ADQUISICION)) {
        errores.agregar(ADQUISICION, "sin stock de tarjetas se debe coordinar su adquisición");
      }
    }
  }
}
