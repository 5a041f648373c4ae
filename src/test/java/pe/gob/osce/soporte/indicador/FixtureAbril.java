package pe.gob.osce.soporte.indicador;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Abril de 2026 en el registro, calculado a mano (Lima; jueves 2 y viernes 3 feriados, 1 de mayo
 * feriado; jornada 08:30-17:30):
 *
 * <pre>
 * ticket      tipo/categoría        técnico   canal    registro          cierre            calendario  laborable  meta
 * PRB-...001  INC HARDWARE          tecnico1  CORREO   mié 01/04 16:00   lun 06/04 10:00   114 h       3 h        18 h sí
 * PRB-...002  INC REDES             tecnico2  TELEFONO mar 07/04 17:00   mié 08/04 09:00   16 h        1 h        4 h  sí
 * PRB-...003  INC SISTEMAS          tecnico1  CORREO   jue 09/04 09:00   lun 13/04 11:00   98 h        20 h       9 h  no
 * PRB-...004  INC OTROS             tecnico2  CORREO   jue 30/04 16:00   lun 04/05 09:00   89 h        2 h        18 h sí
 * PRB-...005  INC HARDWARE          tecnico1  CORREO   mar 28/04 10:00   (abierta)
 * PRB-...006  REQ HARDWARE          tecnico2  CORREO   lun 06/04 09:00   lun 06/04 12:00   3 h         3 h
 * </pre>
 *
 * Incidencias cerradas: 4; suma calendario 317 h = 1 141 200 s, media 285 300 s (79 h 15 min); suma
 * laborable 26 h = 93 600 s, media 23 400 s (6 h 30 min); dentro de meta 3 de 4. El 003 se escaló
 * dos veces al proveedor (error reportado y nuevo escalamiento): jue 10:00-15:00 (5 h, 5 h
 * laborables) y jue 16:00 a vie 16:00 (24 h, 9 h laborables); sigue siendo un solo ticket.
 *
 * <p>Sección XI (las 5 reportadas; 004 y 005 seguían abiertas al corte, 1 de mayo 00:00, y cuentan
 * hasta él: 8 h / 1 h 30 min laborables y 62 h / 25 h 30 min laborables): 298 h / 5 = 214 560 s; 51
 * h / 5 = 36 720 s laborables.
 */
final class FixtureAbril {

  static final String PREFIJO = "PRB-2026-";
  static final String INSTANCIA_ABIERTA = "prb-instancia-abierta";
  private static final ZoneId LIMA = ZoneId.of("America/Lima");

  private FixtureAbril() {}

  static void cargar(JdbcTemplate jdbc) {
    borrar(jdbc);
    ticket(
        jdbc,
        1,
        "INCIDENCIA",
        "MONITOR",
        "HARDWARE",
        "CORREO",
        "tecnico1",
        at(4, 1, 16, 0),
        at(4, 6, 10, 0));
    ticket(
        jdbc,
        2,
        "INCIDENCIA",
        "CORREO",
        "REDES_COMUNICACIONES",
        "TELEFONO",
        "tecnico2",
        at(4, 7, 17, 0),
        at(4, 8, 9, 0));
    ticket(
        jdbc,
        3,
        "INCIDENCIA",
        "SIAF",
        "SISTEMAS_APLICATIVOS",
        "CORREO",
        "tecnico1",
        at(4, 9, 9, 0),
        at(4, 13, 11, 0));
    ticket(
        jdbc,
        4,
        "INCIDENCIA",
        "INFORMES",
        "OTROS",
        "CORREO",
        "tecnico2",
        at(4, 30, 16, 0),
        at(5, 4, 9, 0));
    ticket(
        jdbc, 5, "INCIDENCIA", "TECLADO", "HARDWARE", "CORREO", "tecnico1", at(4, 28, 10, 0), null);
    ticket(
        jdbc,
        6,
        "REQUERIMIENTO",
        "IMPRESORA",
        "HARDWARE",
        "CORREO",
        "tecnico2",
        at(4, 6, 9, 0),
        at(4, 6, 12, 0));
    paso(jdbc, 3, "A08_SolicitarAtencionTerceros", at(4, 9, 10, 0));
    paso(jdbc, 3, "Event_ErrorServicioProveedor", at(4, 9, 15, 0));
    paso(jdbc, 3, "A08_SolicitarAtencionTerceros", at(4, 9, 16, 0));
    paso(jdbc, 3, "A09_TomarConocimiento", at(4, 9, 16, 0));
    paso(jdbc, 3, "A09_Esperar24Horas", at(4, 10, 16, 0));
    paso(jdbc, 3, "A12_RegistrarCierre", at(4, 13, 11, 0));
  }

  static void borrar(JdbcTemplate jdbc) {
    jdbc.update("DELETE FROM ticket_paso WHERE codigo_ticket LIKE ?", PREFIJO + "%");
    jdbc.update("DELETE FROM ticket WHERE codigo LIKE ?", PREFIJO + "%");
  }

  static String codigo(int n) {
    return PREFIJO + String.format("%06d", n);
  }

  static OffsetDateTime at(int mes, int dia, int hora, int minuto) {
    return LocalDateTime.of(2026, mes, dia, hora, minuto).atZone(LIMA).toOffsetDateTime();
  }

  private static void ticket(
      JdbcTemplate jdbc,
      int n,
      String tipo,
      String servicio,
      String categoria,
      String canal,
      String tecnico,
      OffsetDateTime registro,
      OffsetDateTime cierre) {
    jdbc.update(
        "INSERT INTO ticket (codigo, tipo, servicio, categoria, canal, solicitante, asunto, tecnico, estado,"
            + " registrado_por, registrado_en, cerrado_en, tiempo_atencion_seg, process_instance_id)"
            + " VALUES (?, ?, ?, ?, ?, 'prueba@osce.gob.pe', 'Ticket de la prueba del indicador', ?, ?, 'asistente', ?, ?, ?, ?)",
        codigo(n),
        tipo,
        servicio,
        categoria,
        canal,
        tecnico,
        cierre == null ? "EN_ATENCION" : "CERRADO",
        registro,
        cierre,
        cierre == null ? null : java.time.Duration.between(registro, cierre).toSeconds(),
        cierre == null ? INSTANCIA_ABIERTA : "prb-instancia-" + n);
  }

  private static void paso(JdbcTemplate jdbc, int n, String actividad, OffsetDateTime momento) {
    jdbc.update(
        "INSERT INTO ticket_paso (codigo_ticket, actividad, nombre, usuario, momento) VALUES (?, ?, ?, 'tecnico1', ?)",
        codigo(n),
        actividad,
        actividad,
        momento);
  }
}
