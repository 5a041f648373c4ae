package pe.gob.osce.soporte.equipo;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import pe.gob.osce.soporte.comun.Descarga;
import pe.gob.osce.soporte.comun.ManejoErroresApi;

/**
 * El informe de baja de varios bienes (proceso bajaBienes): los bienes que pueden entrar en uno
 * nuevo (el formulario de inicio de Tasklist los lista) y el PDF de un informe por su número.
 */
@RestController
class InformeBajaController {

  /** Un bien pendiente de baja que aún no está en un informe en curso. */
  record BienPendiente(
      String codigoPatrimonial,
      String tipo,
      String marca,
      String modelo,
      String serie,
      String sede,
      String descripcion) {}

  private final RegistroEquipos registro;
  private final InformesBaja informes;
  private final CicloVidaEquipoAdapter cicloVida;
  private final IdentityService identidades;

  InformeBajaController(
      RegistroEquipos registro,
      InformesBaja informes,
      CicloVidaEquipoAdapter cicloVida,
      IdentityService identidades) {
    this.registro = registro;
    this.informes = informes;
    this.cicloVida = cicloVida;
    this.identidades = identidades;
  }

  /**
   * Lo que mira el inicio del informe (RegistrarBienesDelegate): el registro y los procesos en
   * curso, no solo las instancias que el usuario puede leer en Cockpit. Por eso las consultas al
   * motor van sin la autenticación de la petición, que se repone al terminar.
   */
  @GetMapping("/api/equipos/pendientes-baja")
  List<BienPendiente> pendientes() {
    Authentication usuario = identidades.getCurrentAuthentication();
    identidades.clearAuthentication();
    try {
      return elegibles();
    } finally {
      if (usuario != null) {
        identidades.setAuthentication(usuario);
      }
    }
  }

  private List<BienPendiente> elegibles() {
    return registro.enEstado(EstadoEquipo.PENDIENTE_BAJA).stream()
        .filter(e -> informes.enCurso(e.codigoPatrimonial()).isEmpty())
        .filter(e -> cicloVida.esperaBaja(e.codigoPatrimonial()).isPresent())
        .map(
            e ->
                new BienPendiente(
                    e.codigoPatrimonial(),
                    e.tipo().etiqueta(),
                    e.marca(),
                    e.modelo(),
                    e.serie(),
                    e.sede(),
                    e.codigoPatrimonial()
                        + " · "
                        + e.tipo().etiqueta()
                        + " "
                        + e.marca()
                        + " "
                        + e.modelo()
                        + " · serie "
                        + e.serie()
                        + " · "
                        + e.sede()))
        .toList();
  }

  @GetMapping("/api/informes-baja/{numero}")
  ResponseEntity<byte[]> pdf(@PathVariable String numero) {
    InformesBaja.InformeEmitido informe =
        informes
            .buscar(numero)
            .orElseThrow(
                () ->
                    ManejoErroresApi.noEncontrado(
                        "El informe de baja N° " + numero + " no existe o aún no se generó"));
    byte[] pdf =
        informes
            .pdf(informe)
            .orElseThrow(
                () ->
                    ManejoErroresApi.noEncontrado(
                        "El PDF del informe de baja N° "
                            + informe.numero()
                            + " no está en la carpeta"));
    return Descarga.pdf(informe.archivo(), pdf);
  }
}
