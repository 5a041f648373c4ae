package pe.gob.osce.soporte.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static pe.gob.osce.soporte.ticket.EscenarioTicket.solicitanteNuevo;
import static pe.gob.osce.soporte.ticket.EscenarioTicket.solicitud;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import pe.gob.osce.soporte.PruebaIntegracion;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Elementos;
import pe.gob.osce.soporte.ticket.EnlacesConformidad.Estado;

/**
 * Sin {@code SOPORTE_ENLACES_SECRETO} el secreto de firma se guarda en la base: un enlace enviado antes
 * de reiniciar, o por otro nodo del clúster, sigue valiendo; uno firmado con otro secreto, no.
 */
class SecretoEnlacesTest extends PruebaIntegracion {

  @Autowired AtencionTicketAdapter atencion;
  @Autowired EnlacesConformidad enlaces;
  @Autowired JdbcTemplate jdbc;

  @Test
  void unEnlaceEnviadoSigueValiendoTrasReiniciarYEnOtroNodo() {
    String codigo = EscenarioTicket.iniciarComoAsistente(atencion, identidades,
        solicitud(TipoTicket.INCIDENCIA, Servicio.IMPRESORA, Canal.CORREO, solicitanteNuevo())).getBusinessKey();
    String token = token(enlaces.crear(codigo, Elementos.SOLICITAR_CONFORMIDAD).conforme());

    var otroNodo = new EnlacesConformidad(jdbc, new ConformidadProperties(null, Duration.ofDays(7), "http://otro"),
        transacciones);
    var conOtroSecreto = new EnlacesConformidad(jdbc,
        new ConformidadProperties("un-secreto-distinto", Duration.ofDays(7), "http://otro"), transacciones);

    assertThat(otroNodo.revisar(token).estado()).isEqualTo(Estado.VALIDO);
    assertThat(otroNodo.revisar(token).codigoTicket()).isEqualTo(codigo);
    assertThat(conOtroSecreto.revisar(token).estado()).isEqualTo(Estado.FALSIFICADO);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM secreto", Integer.class)).isEqualTo(1);
  }

  private static String token(String enlace) {
    return enlace.substring(enlace.indexOf(EnlacesConformidad.RUTA) + EnlacesConformidad.RUTA.length());
  }
}
