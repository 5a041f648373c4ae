package pe.gob.osce.soporte.ticket;

import java.util.List;
import pe.gob.osce.soporte.catalogo.Canal;
import pe.gob.osce.soporte.catalogo.Servicio;
import pe.gob.osce.soporte.catalogo.TipoTicket;
import pe.gob.osce.soporte.comun.Variable;

/**
 * Contrato del proceso {@code atencionTicket} (actividades 1-14): los nombres que el modelo, los
 * formularios, las pruebas y los sistemas externos comparten. Ningún otro lugar escribe estos
 * textos. Como los otros contratos: {@code CLAVE} y los mensajes arriba, los ids en {@link
 * Elementos} y cada variable, con su tipo Java, en {@link Variables}.
 */
public final class AtencionTicketProceso {

  public static final String CLAVE = "atencionTicket";

  public static final String MENSAJE_ERROR_PROVEEDOR = "ErrorServicioProveedor";
  public static final String MENSAJE_CARGOS_DERIVADOS = "CargosDerivados";

  /** Inicio por un correo nuevo del buzón de la mesa de ayuda (issue 4). */
  public static final String MENSAJE_CORREO_RECIBIDO = "CorreoRecibido";

  /** Ids de los elementos que el contrato fija. */
  public static final class Elementos {
    public static final String INICIO = "Start_TicketRecibido";
    public static final String REGISTRAR_TICKET = "A01_RegistrarTicket";
    public static final String CORREO_RECIBIDO = "Start_CorreoRecibido";
    public static final String CLASIFICAR_TICKET = "A01_ClasificarTicket";
    public static final String ACUSAR_RECIBO = "A01_AcusarRecibo";
    public static final String SOLICITAR_REGULARIZACION = "A01_SolicitarRegularizacion";
    public static final String ASIGNAR_TECNICO = "A02_AsignarTecnico";
    public static final String DERIVAR_CORREO = "A02_DerivarCorreo";
    public static final String EVALUAR_ATENCION = "A03_EvaluarAtencion";
    public static final String ATENDER_REMOTO = "A04_AtenderRemoto";
    public static final String ATENDER_TELEFONO = "A05_AtenderTelefono";
    public static final String ATENDER_PRESENCIAL = "A06_AtenderPresencial";
    public static final String SOLICITAR_CONFORMIDAD = "A07_SolicitarConformidad";
    public static final String SOLICITAR_ATENCION_TERCEROS = "A08_SolicitarAtencionTerceros";
    public static final String NOTIFICAR_PROVEEDOR = "A08_NotificarProveedor";
    public static final String TOMAR_CONOCIMIENTO = "A09_TomarConocimiento";
    public static final String SOLICITAR_CONFORMIDAD_SERVICIO = "A09_SolicitarConformidad";
    public static final String VENTANA_24_HORAS = "Gateway_Ventana24Horas";
    public static final String ESPERAR_24_HORAS = "A09_Esperar24Horas";
    public static final String ERROR_SERVICIO_PROVEEDOR = "Event_ErrorServicioProveedor";
    public static final String REGISTRAR_CARGO = "A10_RegistrarCargo";
    public static final String GENERAR_CARGO = "A10_GenerarCargo";
    public static final String GUARDAR_CARGO = "A11_GuardarCargo";
    public static final String CERRAR_TICKET = "A12_CerrarTicket";
    public static final String REGISTRAR_CIERRE = "A12_RegistrarCierre";
    public static final String INFORMAR_ASIGNACION = "A13_InformarAsignacion";
    public static final String ESPERAR_CONSOLIDACION = "A14_EsperarConsolidacion";
    public static final String INICIAR_CICLO_VIDA = "Task_IniciarCicloVida";
    public static final String FIN_TICKET_CERRADO = "End_TicketCerrado";
    public static final String FIN_CARGO_DERIVADO = "End_CargoDerivado";
    public static final String FIN_CICLO_VIDA_INICIADO = "End_CicloVidaIniciado";

    private Elementos() {}
  }

  /** Variables del proceso. */
  public static final class Variables {
    public static final Variable<TipoTicket> TIPO =
        Variable.enumerado("tipo", TipoTicket.class, "un tipo válido");
    public static final Variable<Servicio> SERVICIO =
        Variable.enumerado("servicio", Servicio.class, "un servicio del catálogo");
    public static final Variable<Canal> CANAL =
        Variable.enumerado("canal", Canal.class, "un canal válido");
    public static final Variable<String> SOLICITANTE = Variable.texto("solicitante");
    public static final Variable<String> ASUNTO = Variable.texto("asunto");
    public static final Variable<String> DESCRIPCION = Variable.texto("descripcion");
    public static final Variable<String> CODIGO_PATRIMONIAL = Variable.texto("codigoPatrimonial");
    public static final Variable<String> CODIGO_TICKET = Variable.texto("codigoTicket");
    public static final Variable<String> INICIADOR = Variable.texto("iniciador");
    public static final Variable<String> TECNICO = Variable.texto("tecnico");
    public static final Variable<Object> TECNICOS_DISPONIBLES =
        Variable.valor("tecnicosDisponibles");
    public static final Variable<ModoAtencion> MODO_ATENCION =
        Variable.enumerado("modoAtencion", ModoAtencion.class, "un modo de atención");
    public static final Variable<Boolean> SOLUCIONADO = Variable.booleano("solucionado");
    public static final Variable<Boolean> CAMBIO_EQUIPO = Variable.booleano("cambioEquipo");
    public static final Variable<String> DETALLE_ATENCION = Variable.texto("detalleAtencion");
    public static final Variable<Boolean> REQUIERE_TERCEROS = Variable.booleano("requiereTerceros");
    public static final Variable<String> PROVEEDOR = Variable.texto("proveedor");
    public static final Variable<String> CORREO_PROVEEDOR = Variable.texto("correoProveedor");
    public static final Variable<String> MOTIVO_ESCALAMIENTO = Variable.texto("motivoEscalamiento");
    public static final Variable<String> INFORME_PROVEEDOR = Variable.texto("informeProveedor");
    public static final Variable<List<String>> EQUIPOS_ASIGNADOS =
        Variable.codigos("equiposAsignados");
    public static final Variable<List<String>> EQUIPOS_RETIRADOS =
        Variable.codigos("equiposRetirados");
    public static final Variable<Boolean> TRASLADO_ENTRE_SEDES =
        Variable.booleano("trasladoEntreSedes");
    public static final Variable<String> SEDE_ORIGEN = Variable.texto("sedeOrigen");
    public static final Variable<String> SEDE_DESTINO = Variable.texto("sedeDestino");
    public static final Variable<String> SERVIDOR = Variable.texto("servidor");
    public static final Variable<String> ORGANO_UNIDAD = Variable.texto("organoUnidad");
    public static final Variable<String> NUMERO_CARGO = Variable.texto("numeroCargo");
    public static final Variable<Object> CARGO_FIRMADO = Variable.valor("cargoFirmado");

    /**
     * Actividad 11: el formato de traslado firmado (File, PDF), obligatorio si hubo traslado entre
     * sedes.
     */
    public static final Variable<Object> TRASLADO_FIRMADO = Variable.valor("trasladoFirmado");

    public static final Variable<Boolean> DEVOLUCION_EQUIPO = Variable.booleano("devolucionEquipo");
    public static final Variable<List<String>> EQUIPOS_DEVUELTOS =
        Variable.codigos("equiposDevueltos");
    public static final Variable<Boolean> MOVIMIENTO_EQUIPOS =
        Variable.booleano("movimientoEquipos");
    public static final Variable<String> PROVEIDO_SGD = Variable.texto("proveidoSgd");

    /**
     * Correo entrante (issue 4): el Message-ID que abrió el ticket, y si falta clasificarlo o
     * acusar recibo.
     */
    public static final Variable<String> CORREO_ENTRANTE = Variable.texto("correoEntrante");

    public static final Variable<Boolean> REQUIERE_CLASIFICACION =
        Variable.booleano("requiereClasificacion");
    public static final Variable<Boolean> ACUSE_RECIBO = Variable.booleano("acuseRecibo");

    /**
     * Lo último que respondió el/la proveedor/a por correo; lo muestra el formulario de la
     * actividad 9.
     */
    public static final Variable<String> RESPUESTA_PROVEEDOR = Variable.texto("respuestaProveedor");

    /**
     * Las respuestas por correo del ticket, la más reciente primero; la muestran los formularios.
     */
    public static final Variable<String> CORREOS_RECIBIDOS = Variable.texto("correosRecibidos");

    // Checklists de las actividades 4-6: una casilla (Boolean) por paso del procedimiento.
    public static final Variable<Boolean> REMOTO_BOTON_ASISTENCIA =
        Variable.booleano("remotoBotonAsistencia");
    public static final Variable<Boolean> REMOTO_APROBACION_USUARIO =
        Variable.booleano("remotoAprobacionUsuario");
    public static final Variable<Boolean> REMOTO_ELEVACION_ADMINISTRADOR =
        Variable.booleano("remotoElevacionAdministrador");
    public static final Variable<Boolean> ATENCION_GUIADA = Variable.booleano("atencionGuiada");
    public static final Variable<Boolean> CAUSA_HARDWARE_VERIFICADA =
        Variable.booleano("causaHardwareVerificada");
    public static final Variable<Boolean> PUNTOS_RED_VERIFICADOS =
        Variable.booleano("puntosRedVerificados");
    public static final Variable<Boolean> PRIVILEGIOS_ADMINISTRADOR =
        Variable.booleano("privilegiosAdministrador");
    public static final Variable<Boolean> CONEXION_ELECTRICA =
        Variable.booleano("conexionElectrica");
    public static final Variable<Boolean> SERV_GENERALES_COMUNICADO =
        Variable.booleano("servGeneralesComunicado");
    public static final Variable<Boolean> CONEXION_RED = Variable.booleano("conexionRed");
    public static final Variable<Boolean> TARJETA_INALAMBRICA_STOCK =
        Variable.booleano("tarjetaInalambricaStock");
    public static final Variable<Boolean> TARJETA_INSTALADA = Variable.booleano("tarjetaInstalada");
    public static final Variable<Boolean> ADQUISICION_COORDINADA =
        Variable.booleano("adquisicionCoordinada");

    /** "Al finalizar, solicita a la/el usuaria/o validar la atención" (actividades 4-6). */
    public static final Variable<Boolean> VALIDACION_SOLICITADA =
        Variable.booleano("validacionSolicitada");

    private Variables() {}
  }

  private AtencionTicketProceso() {}
}
