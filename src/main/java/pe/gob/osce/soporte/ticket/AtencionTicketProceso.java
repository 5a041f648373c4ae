package pe.gob.osce.soporte.ticket;

/**
 * Contrato del proceso {@code atencionTicket} (actividades 1-14): los nombres que el modelo, los
 * formularios, las pruebas y los sistemas externos comparten. Ningún otro lugar escribe estos textos.
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
    public static final String TIPO = "tipo";
    public static final String SERVICIO = "servicio";
    public static final String CANAL = "canal";
    public static final String SOLICITANTE = "solicitante";
    public static final String ASUNTO = "asunto";
    public static final String DESCRIPCION = "descripcion";
    public static final String CODIGO_PATRIMONIAL = "codigoPatrimonial";
    public static final String CODIGO_TICKET = "codigoTicket";
    public static final String INICIADOR = "iniciador";
    public static final String TECNICO = "tecnico";
    public static final String TECNICOS_DISPONIBLES = "tecnicosDisponibles";
    public static final String MODO_ATENCION = "modoAtencion";
    public static final String SOLUCIONADO = "solucionado";
    public static final String CAMBIO_EQUIPO = "cambioEquipo";
    public static final String DETALLE_ATENCION = "detalleAtencion";
    public static final String REQUIERE_TERCEROS = "requiereTerceros";
    public static final String PROVEEDOR = "proveedor";
    public static final String CORREO_PROVEEDOR = "correoProveedor";
    public static final String MOTIVO_ESCALAMIENTO = "motivoEscalamiento";
    public static final String INFORME_PROVEEDOR = "informeProveedor";
    public static final String EQUIPOS_ASIGNADOS = "equiposAsignados";
    public static final String EQUIPOS_RETIRADOS = "equiposRetirados";
    public static final String TRASLADO_ENTRE_SEDES = "trasladoEntreSedes";
    public static final String SEDE_ORIGEN = "sedeOrigen";
    public static final String SEDE_DESTINO = "sedeDestino";
    public static final String SERVIDOR = "servidor";
    public static final String ORGANO_UNIDAD = "organoUnidad";
    public static final String NUMERO_CARGO = "numeroCargo";
    public static final String CARGO_FIRMADO = "cargoFirmado";
    /** Actividad 11: el formato de traslado firmado (File, PDF), obligatorio si hubo traslado entre sedes. */
    public static final String TRASLADO_FIRMADO = "trasladoFirmado";
    public static final String DEVOLUCION_EQUIPO = "devolucionEquipo";
    public static final String EQUIPOS_DEVUELTOS = "equiposDevueltos";
    public static final String MOVIMIENTO_EQUIPOS = "movimientoEquipos";
    public static final String PROVEIDO_SGD = "proveidoSgd";
    /** Correo entrante (issue 4): el Message-ID que abrió el ticket, y si falta clasificarlo o acusar recibo. */
    public static final String CORREO_ENTRANTE = "correoEntrante";
    public static final String REQUIERE_CLASIFICACION = "requiereClasificacion";
    public static final String ACUSE_RECIBO = "acuseRecibo";
    /** Lo último que respondió el/la proveedor/a por correo; lo muestra el formulario de la actividad 9. */
    public static final String RESPUESTA_PROVEEDOR = "respuestaProveedor";
    /** Las respuestas por correo del ticket, la más reciente primero; la muestran los formularios. */
    public static final String CORREOS_RECIBIDOS = "correosRecibidos";

    private Variables() {}
  }

  private AtencionTicketProceso() {}
}
