package pe.gob.osce.soporte.ticket;

import java.util.LinkedHashMap;
import java.util.Map;
import pe.gob.osce.soporte.catalogo.Canal;
import pe.gob.osce.soporte.catalogo.Servicio;
import pe.gob.osce.soporte.catalogo.TipoTicket;
import pe.gob.osce.soporte.comun.Errores;
import pe.gob.osce.soporte.comun.Variable;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Variables;

/**
 * Lo que pide el/la servidor/a (actividad 1). La misma validación sirve para la API y para el
 * formulario de inicio de Tasklist, que valida solo en el navegador.
 */
public record SolicitudTicket(
    String tipo,
    String servicio,
    String canal,
    String solicitante,
    String asunto,
    String descripcion,
    String codigoPatrimonial) {

  public static final int MAX_ASUNTO = 200;
  public static final int MAX_DESCRIPCION = 4000;

  /** Lanza {@code DatosInvalidosException} con un mensaje por campo equivocado. */
  public void validar() {
    Errores errores = new Errores();
    if (tipo == null || tipo.isBlank()) {
      errores.agregar(Variables.TIPO, "es obligatorio: INCIDENCIA o REQUERIMIENTO");
    } else if (!esDe(TipoTicket.class, tipo)) {
      errores.agregar(
          Variables.TIPO, "«" + tipo + "» no es un tipo válido: use INCIDENCIA o REQUERIMIENTO");
    }
    if (servicio == null || servicio.isBlank()) {
      errores.agregar(Variables.SERVICIO, "es obligatorio: elija un servicio del catálogo");
    } else if (Servicio.deCodigo(servicio).isEmpty()) {
      errores.agregar(Variables.SERVICIO, "«" + servicio + "» no es un servicio del catálogo");
    }
    if (canal == null || canal.isBlank()) {
      errores.agregar(Variables.CANAL, "es obligatorio: CORREO o TELEFONO");
    } else if (!esDe(Canal.class, canal)) {
      errores.agregar(
          Variables.CANAL, "«" + canal + "» no es un canal válido: use CORREO o TELEFONO");
    }
    errores
        .siVacio(
            Variables.SOLICITANTE,
            solicitante,
            "es obligatorio: el correo del/de la servidor/a que solicita")
        .siCorreoInvalido(Variables.SOLICITANTE, solicitante)
        .siVacio(Variables.ASUNTO, asunto, "es obligatorio")
        .siLargo(Variables.ASUNTO, asunto, MAX_ASUNTO)
        .siLargo(Variables.DESCRIPCION, descripcion, MAX_DESCRIPCION)
        .siLargo(Variables.CODIGO_PATRIMONIAL, codigoPatrimonial, 40);
    errores.lanzarSiHay();
  }

  /** Variables de inicio del proceso, sin vacíos. */
  public Map<String, Object> comoVariables() {
    Map<String, Object> variables = new LinkedHashMap<>();
    poner(variables, Variables.TIPO, tipo);
    poner(variables, Variables.SERVICIO, servicio);
    poner(variables, Variables.CANAL, canal);
    poner(variables, Variables.SOLICITANTE, solicitante);
    poner(variables, Variables.ASUNTO, asunto);
    poner(variables, Variables.DESCRIPCION, descripcion);
    poner(variables, Variables.CODIGO_PATRIMONIAL, codigoPatrimonial);
    return variables;
  }

  private static void poner(Map<String, Object> variables, Variable<?> variable, String valor) {
    if (valor != null && !valor.isBlank()) {
      variables.put(variable.nombre(), valor.trim());
    }
  }

  private static <E extends Enum<E>> boolean esDe(Class<E> tipoEnum, String valor) {
    for (E constante : tipoEnum.getEnumConstants()) {
      if (constante.name().equals(valor)) {
        return true;
      }
    }
    return false;
  }
}
