package pe.gob.osce.soporte.equipo;

import java.util.List;
import pe.gob.osce.soporte.comun.Variable;

/**
 * Contrato del proceso {@code cicloVidaEquipo} (actividades 15-19): ids, mensajes y variables. Las
 * actividades 20-22 están en {@link BajaBienesProceso}: un informe lista varios bienes.
 */
public final class CicloVidaEquipoProceso {

  public static final String CLAVE = "cicloVidaEquipo";
  public static final String MENSAJE_EQUIPO_REASIGNADO = "EquipoReasignado";

  /** Ids de los elementos del modelo que el servicio y las pruebas usan. */
  public static final class Elementos {
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

    /**
     * Espera de la baja solicitada (actividad 22 del proceso bajaBienes), mensaje {@code
     * BajaSolicitada}.
     */
    public static final String ESPERAR_BAJA = "A19_EsperarBaja";

    public static final String EVENTO_REASIGNADO = "Event_EquipoReasignado";
    public static final String FIN_REASIGNADO = "End_EquipoReasignado";
    public static final String FIN_BAJA_SOLICITADA = "End_BajaSolicitada";

    private Elementos() {}
  }

  /** Variables del proceso, cada una con su tipo Java. */
  public static final class Variables {
    public static final Variable<String> CODIGO_PATRIMONIAL = Variable.texto("codigoPatrimonial");
    public static final Variable<String> TICKET = Variable.texto("ticket");
    public static final Variable<Boolean> OPERATIVO = Variable.booleano("operativo");
    public static final Variable<String> DIAGNOSTICO = Variable.texto("diagnostico");
    public static final Variable<String> TIPO_BIEN = Variable.texto("tipoBien");
    public static final Variable<Boolean> RESPALDO_REALIZADO =
        Variable.booleano("respaldoRealizado");
    public static final Variable<String> CARPETA_RESPALDO = Variable.texto("carpetaRespaldo");
    public static final Variable<Boolean> FORMATEO_LOGICO = Variable.booleano("formateoLogico");
    public static final Variable<Boolean> FORMATEO_BAJO_NIVEL =
        Variable.booleano("formateoBajoNivel");
    public static final Variable<String> MOTIVO_BAJO_NIVEL = Variable.texto("motivoBajoNivel");
    public static final Variable<String> UBICACION_ALMACEN = Variable.texto("ubicacionAlmacen");
    public static final Variable<String> ESTADO_ALMACEN = Variable.texto("estadoAlmacen");
    public static final Variable<String> OBSERVACIONES = Variable.texto("observaciones");
    public static final Variable<Boolean> OBSOLETO = Variable.booleano("obsoleto");
    public static final Variable<String> SUSTENTO_OBSOLESCENCIA =
        Variable.texto("sustentoObsolescencia");
    public static final Variable<MotivoBaja> MOTIVO_BAJA =
        Variable.enumerado("motivoBaja", MotivoBaja.class, "un motivo de baja");

    /** El informe de baja (proceso bajaBienes) con que se solicitó la baja del bien. */
    public static final Variable<String> NUMERO_INFORME_BAJA = Variable.texto("numeroInformeBaja");

    public static final Variable<String> TICKET_REASIGNACION = Variable.texto("ticketReasignacion");

    /**
     * Ficha del equipo (tipo, marca, modelo, serie, último titular, historia) que muestra cada
     * formulario.
     */
    public static final Variable<String> FICHA_EQUIPO = Variable.texto("fichaEquipo");

    // Checklist de la actividad 16 que el procedimiento pide para equipos (no para medios
    // extraíbles).
    public static final Variable<Boolean> NTFS_DOS_PARTICIONES =
        Variable.booleano("ntfsDosParticiones");
    public static final Variable<Boolean> IP_POR_DHCP = Variable.booleano("ipPorDhcp");
    public static final Variable<Boolean> ADMINISTRADOR_LOCAL_CON_CLAVE =
        Variable.booleano("administradorLocalConClave");
    public static final Variable<Boolean> NOMBRE_EQUIPO_CODIGO_PATRIMONIAL =
        Variable.booleano("nombreEquipoCodigoPatrimonial");
    public static final Variable<Boolean> SERVICIOS_INNECESARIOS_DESHABILITADOS =
        Variable.booleano("serviciosInnecesariosDeshabilitados");
    public static final Variable<Boolean> SOFTWARE_BASE_INSTALADO =
        Variable.booleano("softwareBaseInstalado");

    /** Las casillas de arriba, en el orden del formulario. */
    public static final List<Variable<Boolean>> CHECKLIST_EQUIPO =
        List.of(
            NTFS_DOS_PARTICIONES,
            IP_POR_DHCP,
            ADMINISTRADOR_LOCAL_CON_CLAVE,
            NOMBRE_EQUIPO_CODIGO_PATRIMONIAL,
            SERVICIOS_INNECESARIOS_DESHABILITADOS,
            SOFTWARE_BASE_INSTALADO);

    private Variables() {}
  }

  private CicloVidaEquipoProceso() {}
}
