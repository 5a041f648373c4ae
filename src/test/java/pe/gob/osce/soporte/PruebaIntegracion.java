package pe.gob.osce.soporte;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.TestSocketUtils;
import pe.gob.osce.soporte.correo.BuzonImap;
import pe.gob.osce.soporte.seguridad.FrenoIngresos;
import pe.gob.osce.soporte.ticket.EscenarioTicket;

/**
 * Base de las pruebas con la aplicación entera: H2 en memoria (o PostgreSQL con {@code
 * -Dpruebas.base=postgres}, ver {@link BaseDePruebas}), servidor de correo embebido en puertos
 * libres, documentos en una carpeta temporal y el job executor apagado (los jobs se ejecutan a
 * mano, los temporizadores se disparan moviendo el reloj). Todas comparten un contexto. La etiqueta
 * {@code integracion} las vuelve a correr todas sobre PostgreSQL en la segunda ejecución de
 * Surefire. Perfil demo explícito: sin perfil rigen las reglas de producción (PostgreSQL,
 * administrador).
 */
@Tag("integracion")
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "camunda.bpm.job-execution.enabled=false",
      // Issue 4: las pruebas leen el buzón llamando a BuzonEntrada.leer(), sin esperar al
      // intervalo.
      "soporte.correo.entrada.habilitada=false"
    })
@ActiveProfiles("demo")
public abstract class PruebaIntegracion {

  protected static final String HOST_CORREO = "127.0.0.1";
  protected static final int SMTP = TestSocketUtils.findAvailableTcpPort();
  protected static final int IMAP = TestSocketUtils.findAvailableTcpPort();
  protected static final Path DOCUMENTOS = crearCarpeta();

  @DynamicPropertySource
  static void entorno(DynamicPropertyRegistry registro) {
    BaseDePruebas.registrar(registro);
    registro.add("soporte.correo.servidor-embebido.puerto-smtp", () -> SMTP);
    registro.add("soporte.correo.servidor-embebido.puerto-imap", () -> IMAP);
    registro.add("spring.mail.port", () -> SMTP);
    registro.add("soporte.correo.entrada.puerto", () -> IMAP);
    registro.add("soporte.documentos.directorio", DOCUMENTOS::toString);
  }

  @Autowired protected ProcessEngine motor;
  @Autowired protected IdentityService identidades;
  @Autowired private FrenoIngresos frenoIngresos;

  @BeforeEach
  void iniciarAserciones() {
    BpmnAwareTests.init(motor);
  }

  @AfterEach
  void restaurar() {
    ClockUtil.reset();
    identidades.clearAuthentication();
    // Las claves equivocadas de una prueba no frenan a 127.0.0.1 en las siguientes.
    frenoIngresos.olvidarTodo();
  }

  /** Los pasos siguientes los hace este usuario, como si hubiera entrado a Tasklist. */
  protected void como(String usuario) {
    EscenarioTicket.como(identidades, usuario);
  }

  /** Lo que hay en el buzón de una dirección del servidor embebido, leído por IMAP. */
  protected static List<MimeMessage> buzon(String direccion) throws Exception {
    return BuzonImap.leer(HOST_CORREO, IMAP, direccion, "demo");
  }

  private static Path crearCarpeta() {
    try {
      return Files.createTempDirectory("soporte-documentos");
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
