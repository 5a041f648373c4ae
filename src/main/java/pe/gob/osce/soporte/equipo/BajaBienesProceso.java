package pe.gob.osce.soporte.equipo;

/**
 * Contrato del proceso {@code bajaBienes} (actividades 20-22): un informe de baja con la relación de
 * varios bienes pendientes de baja; al solicitarse la baja a la OAD, el ciclo de vida de cada bien
 * recibe {@code BajaSolicitada} y termina.
 */
public final class BajaBienesProceso {

  public static final String CLAVE = "bajaBienes";
  /** Mensaje que espera cada ciclo de vida en {@link CicloVidaEquipoProceso#ESPERAR_BAJA}. */
  public static final String MENSAJE_BAJA_SOLICITADA = "BajaSolicitada";

  public static final String INICIO = "Start_BajaBienes";
  public static final String REGISTRAR_BIENES = "Task_RegistrarBienes";
  public static final String ELABORAR_INFORME_BAJA = "A20_ElaborarInformeBaja";
  public static final String GENERAR_INFORME_BAJA = "A20_GenerarInformeBaja";
  public static final String EMITIR_INFORME_BAJA = "A21_EmitirInformeBaja";
  public static final String SOLICITAR_BAJA_OAD = "A22_SolicitarBajaOAD";
  public static final String COMUNICAR_BAJA_SOLICITADA = "A22_ComunicarBajaSolicitada";
  public static final String FIN_BAJA_SOLICITADA = "End_BajaSolicitada";

  /** Los códigos patrimoniales del informe: arreglo JSON o un texto separado por comas. */
  public static final String VAR_BIENES = "bienes";
  /** El número del informe, también business key: {@code IB-2026-001}. */
  public static final String VAR_NUMERO_INFORME_BAJA = "numeroInformeBaja";
  /** La relación de bienes en Markdown, para los formularios de las actividades 20-22. */
  public static final String VAR_RELACION_BIENES = "relacionBienes";
  public static final String VAR_INFORME_BAJA = "informeBaja";
  public static final String VAR_ELABORADO_POR = "informeBajaElaboradoPor";
  public static final String VAR_DOCUMENTO_SGD_OTI = "documentoSgdOti";
  public static final String VAR_DOCUMENTO_SGD_OAD = "documentoSgdOad";

  private BajaBienesProceso() {}
}
