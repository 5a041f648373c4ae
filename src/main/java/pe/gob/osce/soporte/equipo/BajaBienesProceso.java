package pe.gob.osce.soporte.equipo;

import pe.gob.osce.soporte.comun.Variable;

/**
 * Contrato del proceso {@code bajaBienes} (actividades 20-22): un informe de baja con la relación
 * de varios bienes pendientes de baja; al solicitarse la baja a la OAD, el ciclo de vida de cada
 * bien recibe {@code BajaSolicitada} y termina.
 */
public final class BajaBienesProceso {

  public static final String CLAVE = "bajaBienes";

  /**
   * Mensaje que espera cada ciclo de vida en {@link CicloVidaEquipoProceso.Elementos#ESPERAR_BAJA}.
   */
  public static final String MENSAJE_BAJA_SOLICITADA = "BajaSolicitada";

  /** Ids de los elementos del modelo que el servicio y las pruebas usan. */
  public static final class Elementos {
    public static final String INICIO = "Start_BajaBienes";
    public static final String REGISTRAR_BIENES = "Task_RegistrarBienes";
    public static final String ELABORAR_INFORME_BAJA = "A20_ElaborarInformeBaja";
    public static final String GENERAR_INFORME_BAJA = "A20_GenerarInformeBaja";
    public static final String EMITIR_INFORME_BAJA = "A21_EmitirInformeBaja";
    public static final String SOLICITAR_BAJA_OAD = "A22_SolicitarBajaOAD";
    public static final String COMUNICAR_BAJA_SOLICITADA = "A22_ComunicarBajaSolicitada";
    public static final String FIN_BAJA_SOLICITADA = "End_BajaSolicitada";

    private Elementos() {}
  }

  /** Variables del proceso, cada una con su tipo Java. */
  public static final class Variables {
    /** Los códigos patrimoniales del informe: arreglo JSON o un texto separado por comas. */
    public static final Variable<Object> BIENES = Variable.valor("bienes");

    /** El número del informe, también business key: {@code IB-2026-001}. */
    public static final Variable<String> NUMERO_INFORME_BAJA = Variable.texto("numeroInformeBaja");

    /** La relación de bienes en Markdown, para los formularios de las actividades 20-22. */
    public static final Variable<String> RELACION_BIENES = Variable.texto("relacionBienes");

    public static final Variable<String> INFORME_BAJA = Variable.texto("informeBaja");
    public static final Variable<String> ELABORADO_POR = Variable.texto("informeBajaElaboradoPor");
    public static final Variable<String> DOCUMENTO_SGD_OTI = Variable.texto("documentoSgdOti");
    public static final Variable<String> DOCUMENTO_SGD_OAD = Variable.texto("documentoSgdOad");

    private Variables() {}
  }

  private BajaBienesProceso() {}
}
