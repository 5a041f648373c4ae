package pe.gob.osce.soporte.indicador;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import pe.gob.osce.soporte.comun.DatosInvalidosException;
import pe.gob.osce.soporte.comun.Descarga;
import pe.gob.osce.soporte.seguridad.Grupos;

/**
 * {@code /api/indicadores/tiempo-atencion}: el indicador de la sección XI en JSON y en .xlsx. Lo leen
 * las jefaturas (UAST y OTI, que lo siguen en Cockpit) y la administración.
 */
@RestController
@RequestMapping("/api/indicadores")
class IndicadorController {

  private static final Set<String> LECTORES = Set.of(Grupos.JEFE_UAST, Grupos.JEFE_OTI, Grupos.CAMUNDA_ADMIN);

  private final IndicadorTiempoAtencion indicador;
  private final IdentityService identidades;

  IndicadorController(IndicadorTiempoAtencion indicador, IdentityService identidades) {
    this.indicador = indicador;
    this.identidades = identidades;
  }

  @GetMapping("/tiempo-atencion")
  TiempoAtencionAnual tiempoAtencion(@RequestParam(required = false) String anio) {
    exigirJefatura();
    return indicador.anual(anio(anio));
  }

  @GetMapping("/tiempo-atencion.xlsx")
  ResponseEntity<byte[]> tiempoAtencionXlsx(@RequestParam(required = false) String anio) {
    exigirJefatura();
    int valor = anio(anio);
    return Descarga.xlsx("indicador-tiempo-atencion-" + valor + ".xlsx",
        TiempoAtencionXlsx.escribir(indicador.anual(valor)));
  }

  static int anio(String texto) {
    if (texto == null || texto.isBlank()) {
      throw DatosInvalidosException.deCampo("anio", "es obligatorio: el año del indicador, por ejemplo anio=2026");
    }
    try {
      int anio = Integer.parseInt(texto.trim());
      if (anio >= 2000 && anio <= 2100) {
        return anio;
      }
    } catch (NumberFormatException e) {
      // cae al mensaje de abajo
    }
    throw DatosInvalidosException.deCampo("anio", "«" + texto + "» no es un año válido: escriba un año de cuatro cifras entre 2000 y 2100");
  }

  private void exigirJefatura() {
    Authentication usuario = identidades.getCurrentAuthentication();
    List<String> grupos = usuario == null || usuario.getGroupIds() == null ? List.of() : usuario.getGroupIds();
    if (grupos.stream().noneMatch(LECTORES::contains)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN,
          "El indicador de tiempo de atención lo consultan las jefaturas de la UAST y de la OTI");
    }
  }
}
