package pe.gob.osce.soporte.indicador;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import pe.gob.osce.soporte.comun.DatosInvalidosException;
import pe.gob.osce.soporte.comun.Descarga;

/**
 * {@code /api/indicadores/tiempo-atencion}: el indicador de la sección XI en JSON y en .xlsx. Lo
 * leen las jefaturas (UAST y OTI, que lo siguen en Cockpit) y la administración (ver
 * seguridad/PermisosApi).
 */
@RestController
@RequestMapping("/api/indicadores")
class IndicadorController {

  private final IndicadorTiempoAtencion indicador;

  IndicadorController(IndicadorTiempoAtencion indicador) {
    this.indicador = indicador;
  }

  @GetMapping("/tiempo-atencion")
  TiempoAtencionAnual tiempoAtencion(@RequestParam(required = false) String anio) {
    return indicador.anual(anio(anio));
  }

  @GetMapping("/tiempo-atencion.xlsx")
  ResponseEntity<byte[]> tiempoAtencionXlsx(@RequestParam(required = false) String anio) {
    int valor = anio(anio);
    return Descarga.xlsx(
        "indicador-tiempo-atencion-" + valor + ".xlsx",
        TiempoAtencionXlsx.escribir(indicador.anual(valor)));
  }

  static int anio(String texto) {
    if (texto == null || texto.isBlank()) {
      throw DatosInvalidosException.deCampo(
          "anio", "es obligatorio: el año del indicador, por ejemplo anio=2026");
    }
    try {
      int anio = Integer.parseInt(texto.trim());
      if (anio >= 2000 && anio <= 2100) {
        return anio;
      }
    } catch (NumberFormatException e) {
      // cae al mensaje de abajo
    }
    throw DatosInvalidosException.deCampo(
        "anio",
        "«" + texto + "» no es un año válido: escriba un año de cuatro cifras entre 2000 y 2100");
  }
}
