package pe.gob.osce.soporte.benchmark.carga;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.LoggerFactory;

/**
 * Cuenta las sentencias SQL que se ejecutan mientras está encendido: las de Camunda (MyBatis las
 * anota en DEBUG bajo {@code org.camunda.bpm.engine.impl.persistence.entity} con "==> Preparing:")
 * y las del proyecto ({@code JdbcTemplate} en DEBUG), cada una por su mapeo de MyBatis o su primera
 * palabra y tabla. Sirve para ver cuántas consultas cuesta cada clase de petición.
 */
final class ContadorSql extends AppenderBase<ILoggingEvent> {

  private static final String[] REGISTROS = {
    "org.camunda.bpm.engine.impl.persistence.entity", "org.springframework.jdbc.core.JdbcTemplate"
  };

  private final Map<String, AtomicLong> sentencias = new ConcurrentHashMap<>();

  void encender() {
    sentencias.clear();
    setContext((ch.qos.logback.classic.LoggerContext) LoggerFactory.getILoggerFactory());
    start();
    for (String nombre : REGISTROS) {
      Logger registro = (Logger) LoggerFactory.getLogger(nombre);
      registro.setLevel(Level.DEBUG);
      registro.setAdditive(false);
      registro.addAppender(this);
    }
  }

  void apagar() {
    for (String nombre : REGISTROS) {
      Logger registro = (Logger) LoggerFactory.getLogger(nombre);
      registro.detachAppender(this);
      registro.setLevel(null);
      registro.setAdditive(true);
    }
    stop();
  }

  /** Sentencias contadas desde {@link #encender()}, por nombre, y el total. */
  Map<String, Long> contadas() {
    Map<String, Long> copia = new TreeMap<>();
    sentencias.forEach((k, v) -> copia.put(k, v.get()));
    return copia;
  }

  long total() {
    return sentencias.values().stream().mapToLong(AtomicLong::get).sum();
  }

  @Override
  protected void append(ILoggingEvent evento) {
    String mensaje = evento.getFormattedMessage();
    if (mensaje == null) {
      return;
    }
    if (mensaje.startsWith("==>  Preparing:")) {
      String nombre = evento.getLoggerName();
      sentencias
          .computeIfAbsent(
              nombre.substring(nombre.lastIndexOf('.', nombre.lastIndexOf('.') - 1) + 1),
              k -> new AtomicLong())
          .incrementAndGet();
    } else if (mensaje.startsWith("Executing")
        && mensaje.contains("SQL")
        && mensaje.contains("[")) {
      // JdbcTemplate anota cada sentencia dos veces ("Executing prepared SQL query" y luego con el
      // texto): solo esta.
      String sql = mensaje.substring(mensaje.indexOf('[') + 1).trim();
      String clave = "jdbc: " + sql.substring(0, Math.min(sql.length(), 70));
      sentencias.computeIfAbsent(clave, k -> new AtomicLong()).incrementAndGet();
    }
  }
}
