package pe.gob.osce.soporte.cargo;

/** Contrato del proceso mensual {@code consolidacionPatrimonio} (actividad 14). */
public final class ConsolidacionPatrimonioProceso {

  public static final String CLAVE = "consolidacionPatrimonio";

  public static final String INICIO = "Start_PrimerDiaMes";
  public static final String REUNIR_CARGOS = "A14_ReunirCargosPendientes";
  public static final String DERIVAR_CARGOS = "A14_DerivarCargosPatrimonio";
  public static final String CORRELACIONAR_CARGOS = "A14_CorrelacionarCargos";
  public static final String FIN_DERIVADOS = "End_CargosDerivados";
  public static final String FIN_SIN_PENDIENTES = "End_SinCargosPendientes";

  public static final String VAR_CARGOS_PENDIENTES = "cargosPendientes";
  public static final String VAR_RESUMEN_CARGOS = "resumenCargos";
  public static final String VAR_HAY_PENDIENTES = "hayCargosPendientes";
  public static final String VAR_DOCUMENTO_SGD = "documentoSgd";
  public static final String VAR_OBSERVACIONES = "observaciones";

  private ConsolidacionPatrimonioProceso() {}
}
