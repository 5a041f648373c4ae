package pe.gob.osce.soporte.ticket;

import java.time.Duration;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import pe.gob.osce.soporte.comun.Descarga;
import pe.gob.osce.soporte.comun.RangoFechas;
import pe.gob.osce.soporte.documento.HojaCalculo;

/**
 * {@code GET /api/registros/actividades-soporte.xlsx?desde=&hasta=}: el registro "Actividades de
 * soporte" como la hoja de cálculo que la unidad llevaba a mano, por fecha de registro del ticket.
 */
@RestController
class ActividadesSoporteXlsxController {

  private static final List<String> ENCABEZADOS =
      List.of(
          "Código",
          "Registrado",
          "Tipo",
          "Categoría",
          "Servicio",
          "Canal",
          "Solicitante",
          "Asunto",
          "Comentarios",
          "Código patrimonial",
          "Registrado por",
          "Técnico",
          "Modo de atención",
          "Proveedor",
          "Estado",
          "Cerrado",
          "Tiempo de atención (horas)",
          "N° de cargo",
          "Cargo derivado a Patrimonio",
          "Conformidad",
          "Canal de la conformidad");

  private final RegistroActividades registro;

  ActividadesSoporteXlsxController(RegistroActividades registro) {
    this.registro = registro;
  }

  @GetMapping("/api/registros/actividades-soporte.xlsx")
  ResponseEntity<byte[]> descargar(
      @RequestParam(required = false) String desde, @RequestParam(required = false) String hasta) {
    RangoFechas rango = RangoFechas.de(desde, hasta);
    HojaCalculo hoja =
        new HojaCalculo().hoja("Actividades de soporte", rango.descripcion(), ENCABEZADOS);
    for (Ticket t : registro.registradosEntre(rango.inicio(), rango.fin())) {
      hoja.fila(
          t.codigo(),
          t.registradoEn(),
          t.tipo().etiqueta(),
          t.servicio().categoria().etiqueta(),
          t.servicio().etiqueta(),
          t.canal().etiqueta(),
          t.solicitante(),
          t.asunto(),
          t.descripcion(),
          t.codigoPatrimonial(),
          t.registradoPor(),
          t.tecnico(),
          t.modoAtencion() == null ? null : t.modoAtencion().etiqueta(),
          t.proveedor(),
          t.estado().etiqueta(),
          t.cerradoEn(),
          t.tiempoAtencionSegundos() == null
              ? null
              : Duration.ofSeconds(t.tiempoAtencionSegundos()).toMinutes() / 60.0,
          t.numeroCargo(),
          t.cargoDerivadoEn(),
          t.conformidadEn(),
          t.conformidadCanal());
    }
    return Descarga.xlsx("actividades-de-soporte.xlsx", hoja.aBytes());
  }
}
