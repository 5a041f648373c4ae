package pe.gob.osce.soporte.equipo;

/** Contrato del proceso {@code cicloVidaEquipo} (actividades 15-22). */
public final class CicloVidaEquipoProceso {

  public static final String CLAVE = "cicloVidaEquipo";
  public static final String MENSAJE_EQUIPO_REASIGNADO = "EquipoReasignado";

  public static final String INICIO = "Start_EquipoDevuelto";
  public static final String DIAGNOSTICAR = "A15_Diagnosticar";

  public static final String VAR_CODIGO_PATRIMONIAL = "codigoPatrimonial";
  public static final String VAR_TICKET = "ticket";
  public static final String VAR_OPERATIVO = "operativo";
  public static final String VAR_DIAGNOSTICO = "diagnostico";

  private CicloVidaEquipoProceso() {}
}
