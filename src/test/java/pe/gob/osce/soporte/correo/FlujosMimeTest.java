package pe.gob.osce.soporte.correo;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** El proveedor de flujos de Jakarta Mail se fija una vez, sin pisar uno ya elegido. */
class FlujosMimeTest {

  private String antes;

  @BeforeEach
  void guardar() {
    antes = System.getProperty(FlujosMime.PROPIEDAD);
    System.clearProperty(FlujosMime.PROPIEDAD);
  }

  @AfterEach
  void restaurar() {
    if (antes == null) {
      System.clearProperty(FlujosMime.PROPIEDAD);
    } else {
      System.setProperty(FlujosMime.PROPIEDAD, antes);
    }
  }

  @Test
  void fijaElDeAngusMailYLosCorreosSeSiguenEscribiendo() throws Exception {
    FlujosMime.fijarProveedor();
    assertThat(System.getProperty(FlujosMime.PROPIEDAD)).isEqualTo(FlujosMime.DE_ANGUS);

    MimeMessage correo = new MimeMessage(Session.getInstance(new Properties()));
    correo.setFrom(new InternetAddress("mesa@osce.gob.pe", "Mesa de Ayuda – UAST", "UTF-8"));
    correo.setSubject("Atención del ticket SOP-2026-000001", "UTF-8");
    correo.setText("Se atendió su pedido.", "UTF-8");
    ByteArrayOutputStream salida = new ByteArrayOutputStream();
    correo.writeTo(salida);
    assertThat(salida.toString(StandardCharsets.US_ASCII))
        .contains("=?UTF-8?Q?Mesa_de_Ayuda_=E2=80=93_UAST?=");
  }

  @Test
  void noPisaUnProveedorElegidoPorElAdministrador() {
    System.setProperty(FlujosMime.PROPIEDAD, "otro.Proveedor");
    FlujosMime.fijarProveedor();
    assertThat(System.getProperty(FlujosMime.PROPIEDAD)).isEqualTo("otro.Proveedor");
  }
}
