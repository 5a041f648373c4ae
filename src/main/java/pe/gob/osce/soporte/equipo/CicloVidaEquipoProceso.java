package pe.gob.osce.soporte.equipo;

import java.util.List;

/**
 * Contrato del proceso {@code cicloVidaEquipo} (actividades 15-19): ids, mensajes y variables. Las
 * actividades 20-22 están en {@link BajaBienesProceso}: un informe lista varios bienes.
 */
public final class CicloVidaEquipoProceso {

  public static final String CLAVE = "cicloVidaEquipo";
  public static final String MENSAJE_EQUIPO_REASIGNADO = "EquipoReasignado";

  public static final String INICIO = "Start_EquipoDevuelto";
  public static final String REGISTRAR_INGRESO = "Task_RegistrarIngreso";
  public static final String DIAGNOSTICAR = "A15_Diagnosticar";
  public static final String FORMATEAR = "A16_Formatear";
  public static final String GUARDAR_ALMACEN = "A17_GuardarAlmacen";
  public static final String EN_ALMACEN = "Gateway_EnAlmacen";
  public static final String REVISION_PERIODICA = "A17_RevisionPeriodica";
  public static final String REVISAR_ESTADO = "A17_RevisarEstado";
  public static final String REVISAR_OBSOLESCENCIA = "A18_RevisarObsolescencia";
  public static final String ACTUALIZAR_REGISTROS = "A19_ActualizarRegistros";
  /** Espera de la baja solicitada (actividad 22 del proceso bajaBienes), mensaje {@code BajaSolicitada}. */
  public static final String ESPERAR_BAJA = "A19_EsperarBaja";
  public static final String EVENTO_REASIGNADO = "Event_EquipoReasignado";
  public static final String FIN_REASIGNADO = "End_EquipoReasignado";
  public static final String FIN_BAJA_SOLICITADA = "End_BajaSolicitada";

  public static final String VAR_CODIGO_PATRIMONIAL = "codigoPatrimonial";
  public static final String VAR_TICKET = "ticket";
  public static final String VAR_OPERATIVO = "operativo";
  public static final String VAR_DIAGNOSTICO = "diagnostico";
  public static final String VAR_TIPO_BIEN = "tipoBien";
  public static final String VAR_RESPALDO_REALIZADO = "respaldoRealizado";
  public static final String VAR_CARPETA_RESPALDO = "carpetaRespaldo";
  public static final String VAR_FORMATEO_LOGICO = "formateoLogico";
  public static final String VAR_FORMATEO_BAJO_NIVEL = "formateoBajoNivel";
  public static final String VAR_MOTIVO_BAJO_NIVEL = "motivoBajoNivel";
  public static final String VAR_UBICACION_ALMACEN = "ubicacionAlmacen";
  public static final String VAR_ESTADO_ALMACEN = "estadoAlmacen";
  public static final String VAR_OBSERVACIONES = "observaciones";
  public static final String VAR_OBSOLETO = "obsoleto";
  public static final String VAR_SUSTENTO_OBSOLESCENCIA = "sustentoObsolescencia";
  public static final String VAR_MOTIVO_BAJA = "motivoBaja";
  /** El informe de baja (proceso bajaBienes) con que se solicitó la baja del bien. */
  public static final String VAR_NUMERO_INFORME_BAJA = "numeroInformeBaja";
  public static final String VAR_TICKET_REASIGNACION = "ticketReasignacion";
  /** Ficha del equipo (tipo, marca, modelo, serie, último titular, historia) que muestra cada formulario. */
  public static final String VAR_FICHA_EQUIPO = "fichaEquipo";

  /** Las casillas de la actividad 16 que el procedimiento pide para equipos (no para medios extraíbles). */
  public static final List<String> CHECKLIST_EQUIPO = List.of(
      "ntfsDosParticiones", "ipPorDhcp", "administradorLocalConClave", "nombreEquipoCodigoPatrimonial",
      "serviciosInnecesariosDeshabilitados", "softwareBaseInstalado");

  private CicloVidaEquipoProceso() {}
}
