package pe.gob.osce.soporte.correo;

import java.util.List;

/**
 * Lo que el servicio hace con un correo nuevo del buzón (un ticket nuevo o una respuesta a uno
 * existente). Corre en la transacción que anota el Message-ID: si falla, no queda nada escrito y el
 * mensaje se vuelve a leer o va a la carpeta de errores.
 */
public interface ReceptorCorreo {

  /** Qué resultó del correo. */
  enum Resultado {
    TICKET,
    RESPUESTA,
    IGNORADO
  }

  /**
   * El resultado con el ticket al que quedó ligado (el código falta mientras espera clasificación)
   * y los adjuntos guardados, que se anotan junto con el correo.
   */
  record Recepcion(
      Resultado resultado,
      String codigoTicket,
      String processInstanceId,
      String detalle,
      List<AdjuntoGuardado> adjuntos,
      DescartesCorreo.Motivo motivo) {

    public Recepcion {
      adjuntos = adjuntos == null ? List.of() : List.copyOf(adjuntos);
    }

    public Recepcion(
        Resultado resultado,
        String codigoTicket,
        String processInstanceId,
        String detalle,
        List<AdjuntoGuardado> adjuntos) {
      this(resultado, codigoTicket, processInstanceId, detalle, adjuntos, null);
    }

    /**
     * Un correo que se anota y va a Ignorados sin tocar ningún ticket; {@code motivo} se cuenta.
     */
    public static Recepcion ignorado(DescartesCorreo.Motivo motivo, String detalle) {
      return new Recepcion(Resultado.IGNORADO, null, null, detalle, List.of(), motivo);
    }
  }

  Recepcion recibir(CorreoEntrante correo, String claveCorreo);
}
