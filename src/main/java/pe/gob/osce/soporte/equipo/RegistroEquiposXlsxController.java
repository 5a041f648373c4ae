package pe.gob.osce.soporte.equipo;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import pe.gob.osce.soporte.comun.Descarga;
import pe.gob.osce.soporte.comun.RangoFechas;
import pe.gob.osce.soporte.documento.HojaCalculo;

/**
 * {@code GET /api/registros/equipos.xlsx?desde=&hasta=}: el registro "Alta, baja y traslado de
 * equipos", una fila por cambio de estado (quién, cuándo, de qué estado a cuál y por qué), con la
 * sede que tenía el bien en esa fila y, en un traslado entre sedes, su origen y destino.
 */
@RestController
class RegistroEquiposXlsxController {

  private static final List<String> ENCABEZADOS =
      List.of(
          "Fecha y hora",
          "Código patrimonial",
          "Tipo",
          "Marca",
          "Modelo",
          "Serie",
          "Sede",
          "Estado anterior",
          "Estado nuevo",
          "Titular",
          "Motivo",
          "Ticket",
          "Usuario",
          "Sede de origen",
          "Sede de destino");

  private final RegistroEquipos registro;

  RegistroEquiposXlsxController(RegistroEquipos registro) {
    this.registro = registro;
  }

  @GetMapping("/api/registros/equipos.xlsx")
  ResponseEntity<byte[]> descargar(
      @RequestParam(required = false) String desde, @RequestParam(required = false) String hasta) {
    RangoFechas rango = RangoFechas.de(desde, hasta);
    HojaCalculo hoja =
        new HojaCalculo()
            .hoja("Alta, baja y traslado de equipos", rango.descripcion(), ENCABEZADOS);
    for (FilaRegistroEquipos f : registro.movimientosEntre(rango.inicio(), rango.fin())) {
      MovimientoEquipo m = f.movimiento();
      hoja.fila(
          f.momento(),
          f.codigoPatrimonial(),
          f.tipo().etiqueta(),
          f.marca(),
          f.modelo(),
          f.serie(),
          f.sede(),
          m.estadoAnterior() == null ? "(alta)" : m.estadoAnterior().etiqueta(),
          m.estadoNuevo().etiqueta(),
          m.titular(),
          m.motivo(),
          m.codigoTicket(),
          m.usuario(),
          m.sedeOrigen(),
          m.sedeDestino());
    }
    return Descarga.xlsx("alta-baja-traslado-de-equipos.xlsx", hoja.aBytes());
  }
}
