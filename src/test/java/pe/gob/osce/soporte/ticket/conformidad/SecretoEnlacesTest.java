package pe.gob.osce.soporte.ticket.conformidad;

import static org.assertj.core.api.Assertions.assertThat;
import static pe.gob.osce.soporte.ticket.EscenarioTicket.solicitanteNuevo;
import static pe.gob.osce.soporte.ticket.EscenarioTicket.solicitud;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import pe.gob.osce.soporte.PruebaIntegracion;
import pe.gob.osce.soporte.catalogo.Canal;
import pe.gob.osce.soporte.catalogo.Servicio;
import pe.gob.osce.soporte.catalogo.TipoTicket;
import pe.gob.osce.soporte.ticket.AtencionTicketAdapter;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Elementos;
import pe.gob.osce.soporte.ticket.EscenarioTicket;
import pe.gob.osce.soporte.ticket.SecretoFirmas;
import pe.gob.osce.soporte.ticket.conformidad.EnlacesConformidad.Estado;

/**
 * Sin {@code SOPORTE_ENLACES_SECRETO} el secreto de firma se guarda en la base: un enlace enviado
 * antes de reiniciar, o por otro nodo del clúster, sigue valiendo; uno firmado con otro secreto,
 * no.
 */
class SecretoEnlacesTest extends PruebaIntegracion {

  static final String NOMBRE = "enlaces-conformidad";

  @Autowired AtencionTicketAdapter atencion;
  @Autowired EnlacesConformidad enlaces;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transacciones;

  @Test
  void unEnlaceEnviadoSigueValiendoTrasReiniciarYEnOtroNodo() {
    String codigo =
        EscenarioTicket.iniciarComoAsistente(
                atencion,
                identidades,
                solicitud(
                    TipoTicket.INCIDENCIA, Servicio.IMPRESORA, Canal.CORREO, solicitanteNuevo()))
            .getBusinessKey();
    String token = token(enlaces.crear(codigo, Elementos.SOLICITAR_CONFORMIDAD).conforme());

    var otroNodo =
        new EnlacesConformidad(jdbc, sinSecreto(), new SecretoFirmas(jdbc, null, transacciones));
    var conOtroSecreto =
        new EnlacesConformidad(
            jdbc, sinSecreto(), new SecretoFirmas(jdbc, "un-secreto-distinto", transacciones));

    assertThat(otroNodo.revisar(token).estado()).isEqualTo(Estado.VALIDO);
    assertThat(otroNodo.revisar(token).codigoTicket()).isEqualTo(codigo);
    assertThat(conOtroSecreto.revisar(token).estado()).isEqualTo(Estado.FALSIFICADO);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM secreto", Integer.class)).isEqualTo(1);
  }

  /**
   * Issue 10: en una base recién creada, el primer correo de conformidad firma su enlace y el SMTP
   * falla: la transacción del job se deshace. El secreto no debe irse con ella (se guarda en su
   * propia transacción), o el reintento firmaría con un secreto que ningún otro nodo ni reinicio
   * conoce.
   */
  @Test
  void elSecretoNoSeDeshaceConLaTransaccionDelCorreoQueFalla() {
    String codigo =
        EscenarioTicket.iniciarComoAsistente(
                atencion,
                identidades,
                solicitud(
                    TipoTicket.INCIDENCIA, Servicio.IMPRESORA, Canal.CORREO, solicitanteNuevo()))
            .getBusinessKey();
    String original =
        jdbc.queryForObject("SELECT valor FROM secreto WHERE nombre = ?", String.class, NOMBRE);
    jdbc.update("DELETE FROM secreto WHERE nombre = ?", NOMBRE);
    try {
      var nodo =
          new EnlacesConformidad(jdbc, sinSecreto(), new SecretoFirmas(jdbc, null, transacciones));
      new TransactionTemplate(transacciones)
          .executeWithoutResult(
              jobDelCorreo -> {
                nodo.crear(codigo, Elementos.SOLICITAR_CONFORMIDAD);
                jobDelCorreo.setRollbackOnly(); // el servidor SMTP no respondió
              });
      String token =
          token(
              nodo.crear(codigo, Elementos.SOLICITAR_CONFORMIDAD)
                  .conforme()); // el reintento del job

      var otroNodo =
          new EnlacesConformidad(jdbc, sinSecreto(), new SecretoFirmas(jdbc, null, transacciones));
      assertThat(otroNodo.revisar(token).estado()).isEqualTo(Estado.VALIDO);
    } finally {
      jdbc.update("DELETE FROM secreto WHERE nombre = ?", NOMBRE);
      jdbc.update("INSERT INTO secreto (nombre, valor) VALUES (?, ?)", NOMBRE, original);
    }
  }

  @Test
  void alIniciarElSecretoQuedaGuardadoAntesDeCualquierCorreo() {
    String original =
        jdbc.queryForObject("SELECT valor FROM secreto WHERE nombre = ?", String.class, NOMBRE);
    jdbc.update("DELETE FROM secreto WHERE nombre = ?", NOMBRE);
    try {
      new SecretoFirmas(jdbc, null, transacciones).prepararSecreto();

      assertThat(
              jdbc.queryForObject(
                  "SELECT COUNT(*) FROM secreto WHERE nombre = ?", Integer.class, NOMBRE))
          .isEqualTo(1);
    } finally {
      jdbc.update("DELETE FROM secreto WHERE nombre = ?", NOMBRE);
      jdbc.update("INSERT INTO secreto (nombre, valor) VALUES (?, ?)", NOMBRE, original);
    }
    assertThat(SecretoFirmas.class.getMethods())
        .filteredOn(m -> m.getName().equals("prepararSecreto"))
        .singleElement()
        .satisfies(
            m ->
                assertThat(m.isAnnotationPresent(jakarta.annotation.PostConstruct.class))
                    .as("se llama al crear el bean, al iniciar")
                    .isTrue());
  }

  private static ConformidadProperties sinSecreto() {
    return new ConformidadProperties(Duration.ofDays(7), "http://otro");
  }

  private static String token(String enlace) {
    return enlace.substring(
        enlace.indexOf(EnlacesConformidad.RUTA) + EnlacesConformidad.RUTA.length());
  }
}
