package pe.gob.osce.soporte.cargo;

import java.util.List;
import pe.gob.osce.soporte.comun.Variable;

/** Contrato del proceso mensual {@code consolidacionPatrimonio} (actividad 14). */
public final class ConsolidacionPatrimonioProceso {

  public static final String CLAVE = "consolidacionPatrimonio";

  /** Ids de los elementos del modelo que el servicio y las pruebas usan. */
  public static final class Elementos {
    public static final String INICIO = "Start_PrimerDiaMes";
    public static final String REUNIR_CARGOS = "A14_ReunirCargosPendientes";
    public static final String DERIVAR_CARGOS = "A14_DerivarCargosPatrimonio";
    public static final String CORRELACIONAR_CARGOS = "A14_CorrelacionarCargos";
    public static final String FIN_DERIVADOS = "End_CargosDerivados";
    public static final String FIN_SIN_PENDIENTES = "End_SinCargosPendientes";

    private Elementos() {}
  }

  /** Variables del proceso, cada una con su tipo Java. */
  public static final class Variables {
    public static final Variable<List<String>> CARGOS_PENDIENTES =
        Variable.codigos("cargosPendientes");
    public static final Variable<String> RESUMEN_CARGOS = Variable.texto("resumenCargos");
    public static final Variable<Boolean> HAY_PENDIENTES = Variable.booleano("hayCargosPendientes");
    public static final Variable<String> DOCUMENTO_SGD = Variable.texto("documentoSgd");
    public static final Variable<String> OBSERVACIONES = Variable.texto("observaciones");

    private Variables() {}
  }

  private ConsolidacionPatrimonioProceso() {}
}
