package pe.gob.osce.soporte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import pe.gob.osce.soporte.catalogo.Canal;
import pe.gob.osce.soporte.catalogo.Servicio;
import pe.gob.osce.soporte.catalogo.TipoTicket;
import pe.gob.osce.soporte.comun.DatosInvalidosException;
import pe.gob.osce.soporte.comun.Reloj;
import pe.gob.osce.soporte.correo.BuzonDePrueba;
import pe.gob.osce.soporte.correo.BuzonEntrada;
import pe.gob.osce.soporte.correo.CerrojoBuzonTest;
import pe.gob.osce.soporte.correo.CorreosDePrueba;
import pe.gob.osce.soporte.correo.EntradaCorreoProperties;
import pe.gob.osce.soporte.correo.RegistroCorreosEntrantes;
import pe.gob.osce.soporte.ticket.AtencionTicketAdapter;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Elementos;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Variables;
import pe.gob.osce.soporte.ticket.EscenarioTicket;
import pe.gob.osce.soporte.ticket.EstadoTicket;
import pe.gob.osce.soporte.ticket.ModoAtencion;
import pe.gob.osce.soporte.ticket.PasoTicket;
import pe.gob.osce.soporte.ticket.RegistroActividades;
import pe.gob.osce.soporte.ticket.SolicitudTicket;
import pe.gob.osce.soporte.ticket.Ticket;

/**
 * Lo propio de PostgreSQL, como en producción: corre solo en la ejecución de Surefire sobre
 * PostgreSQL ({@code -Dpruebas.base=postgres}, ver {@link BaseDePruebas}), junto con todas las
 * demás pruebas de integración; la ejecución sobre H2 excluye la etiqueta {@code postgresql}.
 */
@Tag("postgresql")
class PostgresqlTest extends PruebaIntegracion {

  @Autowired AtencionTicketAdapter atencion;
  @Autowired RegistroActividades registro;
  @Autowired JdbcTemplate jdbc;
  @Autowired EntradaCorreoProperties entradaCorreo;
  @Autowired BuzonEntrada buzonEntrada;

  @Test
  void flywayYCamundaCrearonSusTablasEnPostgresql() {
    String producto =
        jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
    assertThat(producto).isEqualTo("PostgreSQL");

    List<String> tablas =
        jdbc.queryForList(
            "SELECT lower(table_name) FROM information_schema.tables WHERE table_schema = current_schema()",
            String.class);
    assertThat(tablas)
        .contains(
            "ticket",
            "ticket_paso",
            "equipo",
            "equipo_movimiento",
            "documento",
            "correlativo",
            "flyway_schema_history");
    assertThat(tablas)
        .contains(
            "act_ge_property",
            "act_re_procdef",
            "act_ru_execution",
            "act_ru_task",
            "act_ru_job",
            "act_hi_procinst",
            "act_hi_actinst",
            "act_id_user");
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM flyway_schema_history WHERE version = '1' AND success",
                Integer.class))
        .isEqualTo(1);
  }

  @Test
  void caminoRemotoSolucionadoTerminaCerradoConSuHistorial() {
    ProcessInstance ticket = iniciar(solicitud(TipoTicket.INCIDENCIA, Servicio.ACTIVE_DIRECTORY));
    String codigo = ticket.getBusinessKey();
    assertThat(codigo).matches("SOP-\\d{4}-\\d{6}");
    assertThat(ticket).isWaitingAt(Elementos.ASIGNAR_TECNICO);

    complete(
        task(Elementos.ASIGNAR_TECNICO, ticket),
        withVariables(Variables.TECNICO.nombre(), "tecnico1"));
    execute(job(Elementos.DERIVAR_CORREO, ticket));
    complete(
        task(Elementos.EVALUAR_ATENCION, ticket),
        withVariables(Variables.MODO_ATENCION.nombre(), ModoAtencion.REMOTA.name()));
    complete(
        task(Elementos.ATENDER_REMOTO, ticket),
        withVariables(
            Variables.SOLUCIONADO.nombre(),
            true,
            Variables.CAMBIO_EQUIPO.nombre(),
            false,
            Variables.DETALLE_ATENCION.nombre(),
            "Se desbloqueó la cuenta y se restableció la clave.",
            "remotoAprobacionUsuario",
            true,
            "validacionSolicitada",
            true));
    execute(job(Elementos.SOLICITAR_CONFORMIDAD, ticket));
    complete(
        task(Elementos.CERRAR_TICKET, ticket),
        withVariables(
            Variables.DEVOLUCION_EQUIPO.nombre(),
            false,
            Variables.EQUIPOS_DEVUELTOS.nombre(),
            null));

    assertThat(ticket).isEnded().hasPassed(Elementos.FIN_TICKET_CERRADO);
    Ticket fila = registro.obtener(codigo);
    assertThat(fila.estado()).isEqualTo(EstadoTicket.CERRADO);
    assertThat(fila.tecnico()).isEqualTo("tecnico1");
    assertThat(fila.modoAtencion()).isEqualTo(ModoAtencion.REMOTA);
    assertThat(fila.cerradoEn()).isNotNull();
    assertThat(fila.tiempoAtencionSegundos()).isNotNull();
    List<PasoTicket> pasos = registro.pasos(codigo);
    assertThat(pasos)
        .extracting(PasoTicket::actividad)
        .containsExactly(
            Elementos.REGISTRAR_TICKET,
            Elementos.ASIGNAR_TECNICO,
            Elementos.DERIVAR_CORREO,
            Elementos.EVALUAR_ATENCION,
            Elementos.ATENDER_REMOTO,
            Elementos.SOLICITAR_CONFORMIDAD,
            Elementos.CERRAR_TICKET,
            Elementos.REGISTRAR_CIERRE);
    assertThat(pasos.get(0).usuario()).isEqualTo("asistente");
    assertThat(pasos.get(3).usuario()).isEqualTo("tecnico1");
  }

  @Test
  void elBuzonLoLeeUnSoloNodoYUnMessageIdNoSeAnotaDosVeces() throws Exception {
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM flyway_schema_history WHERE version = '3' AND success",
                Integer.class))
        .isEqualTo(1);
    assertThat(CerrojoBuzonTest.tomasSimultaneas(jdbc, entradaCorreo, 8)).isEqualTo(1);
    jdbc.update("UPDATE cerrojo SET duenio = NULL");

    String insertar =
        "INSERT INTO correo_entrante (clave, message_id, resultado, recibido_en) VALUES (?, ?, 'TICKET', ?)";
    String clave = RegistroCorreosEntrantes.clave("<unico-pg@osce.gob.pe>");
    jdbc.update(insertar, clave, "<unico-pg@osce.gob.pe>", Reloj.ahora());
    assertThatThrownBy(() -> jdbc.update(insertar, clave, "<unico-pg@osce.gob.pe>", Reloj.ahora()))
        .isInstanceOf(DuplicateKeyException.class);
  }

  @Test
  void unCorreoDelBuzonAbreSuTicketEnPostgresqlUnaSolaVez() throws Exception {
    BuzonDePrueba buzon = new BuzonDePrueba("127.0.0.1", IMAP);
    buzon.vaciar();
    String solicitante = EscenarioTicket.solicitanteNuevo();
    String mensaje = CorreosDePrueba.latin1("<pg-latin-1@osce.gob.pe>", solicitante);
    buzon.depositar(mensaje);
    buzon.depositar(mensaje);

    BuzonEntrada.Lectura lectura = buzonEntrada.leer();

    assertThat(lectura.procesados()).isEqualTo(2);
    List<String> codigos =
        jdbc.queryForList(
            "SELECT codigo FROM ticket WHERE solicitante = ?", String.class, solicitante);
    assertThat(codigos).hasSize(1);
    assertThat(registro.obtener(codigos.get(0)).asunto())
        .isEqualTo("Impresión dañada en la oficina de Logística");
    ProcessInstance ticket =
        runtimeService()
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(codigos.get(0))
            .singleResult();
    assertThat(ticket).isWaitingAt(Elementos.ACUSAR_RECIBO);
  }

  @Test
  void inicioInvalidoNoDejaInstanciaNiFila() {
    long instancias =
        runtimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey(AtencionTicketProceso.CLAVE)
            .count();
    long filas = jdbc.queryForObject("SELECT COUNT(*) FROM ticket", Long.class);
    long pasos = jdbc.queryForObject("SELECT COUNT(*) FROM ticket_paso", Long.class);

    // Por el motor, para que la validación de la actividad 1 ocurra dentro de la transacción en
    // PostgreSQL.
    assertThatThrownBy(
            () ->
                runtimeService()
                    .startProcessInstanceByKey(
                        AtencionTicketProceso.CLAVE,
                        withVariables(
                            Variables.TIPO.nombre(),
                            "QUEJA",
                            Variables.SERVICIO.nombre(),
                            Servicio.IMPRESORA.name(),
                            Variables.CANAL.nombre(),
                            Canal.CORREO.name(),
                            Variables.SOLICITANTE.nombre(),
                            "no-es-correo",
                            Variables.ASUNTO.nombre(),
                            "")))
        .isInstanceOf(DatosInvalidosException.class)
        .hasMessageContaining("tipo: «QUEJA» no es un tipo válido");

    assertThat(
            runtimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(AtencionTicketProceso.CLAVE)
                .count())
        .isEqualTo(instancias);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ticket", Long.class)).isEqualTo(filas);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ticket_paso", Long.class))
        .isEqualTo(pasos);
  }

  @Test
  void iniciosConcurrentesDelPrimerDiaDelAnioRecibenCodigosUnicosYSinHuecos() throws Exception {
    // Un año sin serie todavía: todos los inicios compiten también por crear la fila del
    // correlativo.
    int anio =
        jdbc.queryForObject("SELECT COALESCE(MAX(anio), 2030) + 1 FROM correlativo", Integer.class);
    ClockUtil.setCurrentTime(
        Date.from(LocalDateTime.of(anio, 1, 1, 8, 0).atZone(Reloj.LIMA).toInstant()));
    int cantidad = 10;
    ExecutorService hilos = Executors.newFixedThreadPool(cantidad);
    try {
      CountDownLatch largada = new CountDownLatch(1);
      List<Callable<String>> inicios = new ArrayList<>();
      for (int i = 0; i < cantidad; i++) {
        inicios.add(
            () -> {
              EscenarioTicket.como(identidades, "asistente");
              try {
                largada.await();
                return atencion
                    .iniciar(solicitud(TipoTicket.REQUERIMIENTO, Servicio.IMPRESORA))
                    .codigo();
              } finally {
                identidades.clearAuthentication();
              }
            });
      }
      List<Future<String>> resultados = new ArrayList<>();
      for (Callable<String> inicio : inicios) {
        resultados.add(hilos.submit(inicio));
      }
      largada.countDown();
      Set<String> codigos = new HashSet<>();
      for (Future<String> codigo : resultados) {
        codigos.add(codigo.get(60, TimeUnit.SECONDS));
      }
      Set<String> esperados = new HashSet<>();
      for (int n = 1; n <= cantidad; n++) {
        esperados.add(String.format("SOP-%d-%06d", anio, n));
      }
      assertThat(codigos).isEqualTo(esperados);
      assertThat(
              jdbc.queryForObject(
                  "SELECT COUNT(*) FROM ticket WHERE codigo LIKE ?",
                  Integer.class,
                  "SOP-" + anio + "-%"))
          .isEqualTo(cantidad);
    } finally {
      hilos.shutdownNow();
    }
  }

  private ProcessInstance iniciar(SolicitudTicket solicitud) {
    return EscenarioTicket.iniciarComoAsistente(atencion, identidades, solicitud);
  }

  private static SolicitudTicket solicitud(TipoTicket tipo, Servicio servicio) {
    String solicitante =
        "servidor-" + UUID.randomUUID().toString().substring(0, 8) + "@osce.gob.pe";
    return new SolicitudTicket(
        tipo.name(),
        servicio.name(),
        Canal.CORREO.name(),
        solicitante,
        "No puedo entrar a mi cuenta",
        "La cuenta aparece bloqueada desde esta mañana.",
        null);
  }
}
