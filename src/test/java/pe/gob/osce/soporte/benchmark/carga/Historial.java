package pe.gob.osce.soporte.benchmark.carga;

import java.sql.ResultSetMetaData;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Cinco años de historia sin pasar cien mil tickets por el motor (a razón de unos 100 ms por ticket
 * serían horas): una muestra de tickets cerrados que sí recorrió el motor real ({@link Muestra}) se
 * copia con SQL por conjuntos, {@code INSERT ... SELECT} sobre el producto de la muestra por una
 * tabla de copias ({@code carga_copia}: número de copia, minutos hacia atrás y año). Cada copia
 * recibe ids nuevos (los 12 últimos caracteres de cada id del motor, el nodo del UUID por tiempo de
 * Camunda, se cambian por el número de copia: el id sigue del mismo largo y único), fechas corridas
 * hacia atrás hasta cinco años y su propio código de ticket {@code SOP-<año>-<n>} en el registro,
 * en sus pasos y en la business key. Se copian las tablas ACT_HI_* que la muestra llenó
 * (instancias, actividades, tareas, variables, detalle, enlaces de identidad, registro de
 * operaciones, jobs, comentarios) y las filas del registro propio ({@code ticket}, {@code
 * ticket_paso}). Los contenidos binarios (ACT_GE_BYTEARRAY) no se copian: las copias apuntan a los
 * de la muestra.
 */
final class Historial {

  /**
   * Columnas de id del motor que identifican filas de la instancia copiada (las demás, definiciones
   * o usuarios, se conservan).
   */
  private static final Set<String> IDS =
      Set.of(
          "ID_",
          "PROC_INST_ID_",
          "ROOT_PROC_INST_ID_",
          "EXECUTION_ID_",
          "ACT_INST_ID_",
          "PARENT_ACT_INST_ID_",
          "TASK_ID_",
          "VAR_INST_ID_",
          "CALL_PROC_INST_ID_",
          "SUPER_PROCESS_INSTANCE_ID_",
          "PARENT_TASK_ID_",
          "OPERATION_ID_",
          "JOB_ID_",
          "PROCESS_INSTANCE_ID_",
          "SCOPE_ACT_INST_ID_");

  private static final List<String> TABLAS =
      List.of(
          "ACT_HI_PROCINST",
          "ACT_HI_ACTINST",
          "ACT_HI_TASKINST",
          "ACT_HI_VARINST",
          "ACT_HI_DETAIL",
          "ACT_HI_IDENTITYLINK",
          "ACT_HI_OP_LOG",
          "ACT_HI_JOB_LOG",
          "ACT_HI_COMMENT",
          "ACT_HI_INCIDENT");

  /**
   * Las copias se numeran desde aquí: los tickets del año en curso (correlativo desde 1) no chocan
   * con ellas.
   */
  private static final int NUMERACION_COPIAS = 500_000;

  private static final Duration CINCO_ANIOS = Duration.ofDays(5 * 365);
  private static final int TANDA = 200;

  private final JdbcTemplate jdbc;
  private final boolean postgresql;

  Historial(JdbcTemplate jdbc, boolean postgresql) {
    this.jdbc = jdbc;
    this.postgresql = postgresql;
  }

  /** Cuántas filas quedaron en cada tabla, para el informe. */
  record Resultado(long tickets, long filasMotor, long filasRegistro, Duration tiempo) {}

  /**
   * Multiplica la muestra ({@code processInstanceId} y código de cada ticket cerrado) hasta {@code
   * total} tickets.
   */
  Resultado multiplicar(List<Muestra.Cerrado> muestra, int total) {
    long inicio = System.nanoTime();
    int copias = (total + muestra.size() - 1) / muestra.size() - 1;
    jdbc.execute(
        "CREATE TABLE carga_muestra (pi VARCHAR(64) NOT NULL, codigo VARCHAR(20) NOT NULL, i INTEGER NOT NULL)");
    jdbc.execute(
        "CREATE TABLE carga_copia (n INTEGER NOT NULL, minutos INTEGER NOT NULL, anio INTEGER NOT NULL)");
    List<Object[]> filasMuestra = new ArrayList<>();
    for (int i = 0; i < muestra.size(); i++) {
      filasMuestra.add(
          new Object[] {muestra.get(i).processInstanceId(), muestra.get(i).codigo(), i});
    }
    jdbc.batchUpdate("INSERT INTO carga_muestra (pi, codigo, i) VALUES (?, ?, ?)", filasMuestra);
    LocalDateTime ahora = LocalDateTime.now(ZoneId.of("America/Lima"));
    long paso = CINCO_ANIOS.toMinutes() / Math.max(copias, 1);
    List<Object[]> filasCopia = new ArrayList<>();
    for (int n = 1; n <= copias; n++) {
      filasCopia.add(new Object[] {n, (int) (n * paso), ahora.minusMinutes(n * paso).getYear()});
    }
    jdbc.batchUpdate("INSERT INTO carga_copia (n, minutos, anio) VALUES (?, ?, ?)", filasCopia);

    String codigo =
        "'SOP-' || CAST(c.anio AS VARCHAR(4)) || '-' || LPAD(CAST("
            + NUMERACION_COPIAS
            + " + c.n * "
            + muestra.size()
            + " + m.i AS VARCHAR(6)), 6, '0')";
    long filasMotor = 0;
    for (String tabla : TABLAS) {
      filasMotor += copiarTablaMotor(tabla, codigo, copias);
    }
    long filasRegistro =
        porTandas(
            copias,
            "INSERT INTO ticket ("
                + columnas("ticket", "")
                + ") SELECT "
                + columnasCopiadas("ticket", "t", codigo)
                + " FROM ticket t JOIN carga_muestra m ON t.codigo = m.codigo"
                + " CROSS JOIN carga_copia c");
    filasRegistro +=
        porTandas(
            copias,
            "INSERT INTO ticket_paso ("
                + columnas("ticket_paso", "ID")
                + ") SELECT "
                + columnasCopiadas("ticket_paso", "p", codigo)
                + " FROM ticket_paso p JOIN carga_muestra m ON p.codigo_ticket = m.codigo"
                + " CROSS JOIN carga_copia c");
    jdbc.execute("DROP TABLE carga_copia");
    jdbc.execute("DROP TABLE carga_muestra");
    if (postgresql) {
      // Lo que haría el autovacuum tras una carga así: estadísticas al día para el planificador.
      jdbc.execute("ANALYZE");
    }
    long tickets = jdbc.queryForObject("SELECT COUNT(*) FROM ticket", Long.class);
    return new Resultado(
        tickets, filasMotor, filasRegistro, Duration.ofNanos(System.nanoTime() - inicio));
  }

  /**
   * Una copia por conjuntos ({@code ... CROSS JOIN carga_copia c}) en tandas de {@link #TANDA}
   * copias, cada una en su propia transacción: de una sola vez, la transacción de H2 en archivo
   * crecía hasta romper su almacenamiento (error interno de MVStore con la historia de 100 000
   * tickets).
   */
  private long porTandas(int copias, String insercion) {
    long filas = 0;
    for (int desde = 0; desde < copias; desde += TANDA) {
      filas += jdbc.update(insercion + " WHERE c.n > ? AND c.n <= ?", desde, desde + TANDA);
    }
    return filas;
  }

  private long copiarTablaMotor(String tabla, String codigo, int copias) {
    String nombre = postgresql ? tabla.toLowerCase() : tabla;
    long t = System.nanoTime();
    long filas =
        porTandas(
            copias,
            "INSERT INTO "
                + nombre
                + " ("
                + columnas(nombre, "")
                + ") SELECT "
                + columnasCopiadas(nombre, "x", codigo)
                + " FROM "
                + nombre
                + " x JOIN carga_muestra m ON x.ROOT_PROC_INST_ID_ = m.pi"
                + " CROSS JOIN carga_copia c");
    System.out.printf(
        "[carga] %s: %,d filas en %,d ms%n", tabla, filas, (System.nanoTime() - t) / 1_000_000);
    return filas;
  }

  private String columnas(String tabla, String salvo) {
    List<String> nombres = new ArrayList<>();
    for (Columna c : metadatos(tabla)) {
      if (!c.nombre().equalsIgnoreCase(salvo)) {
        nombres.add(c.nombre());
      }
    }
    return String.join(", ", nombres);
  }

  /**
   * La expresión de cada columna en la copia: ids nuevos, fechas corridas, el código nuevo; lo
   * demás igual.
   */
  private String columnasCopiadas(String tabla, String alias, String codigo) {
    List<String> expresiones = new ArrayList<>();
    for (Columna c : metadatos(tabla)) {
      String col = alias + "." + c.nombre();
      String mayus = c.nombre().toUpperCase();
      if (tabla.equalsIgnoreCase("ticket_paso") && mayus.equals("ID")) {
        continue;
      }
      if (mayus.equals("BUSINESS_KEY_")
          || mayus.equals("CODIGO")
          || mayus.equals("CODIGO_TICKET")) {
        expresiones.add(codigo);
      } else if (IDS.contains(mayus) || mayus.equals("PROCESS_INSTANCE_ID")) {
        expresiones.add(
            "CASE WHEN "
                + col
                + " IS NULL THEN NULL ELSE SUBSTRING("
                + col
                + ", 1, CHAR_LENGTH("
                + col
                + ") - 12) || LPAD(CAST(c.n AS VARCHAR(12)), 12, '0') END");
      } else if (c.tipo() == Types.TIMESTAMP || c.tipo() == Types.TIMESTAMP_WITH_TIMEZONE) {
        expresiones.add(col + " - c.minutos * INTERVAL '1' MINUTE");
      } else {
        expresiones.add(col);
      }
    }
    return String.join(", ", expresiones);
  }

  private record Columna(String nombre, int tipo) {}

  private List<Columna> metadatos(String tabla) {
    return jdbc.query(
        "SELECT * FROM " + tabla + " WHERE 1 = 0",
        rs -> {
          ResultSetMetaData md = rs.getMetaData();
          List<Columna> columnas = new ArrayList<>();
          for (int i = 1; i <= md.getColumnCount(); i++) {
            columnas.add(new Columna(md.getColumnName(i), md.getColumnType(i)));
          }
          return columnas;
        });
  }
}
