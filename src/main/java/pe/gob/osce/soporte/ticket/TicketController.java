package pe.gob.osce.soporte.ticket;

import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import pe.gob.osce.soporte.comun.Descarga;
import pe.gob.osce.soporte.comun.ManejoErroresApi;
import pe.gob.osce.soporte.documento.AlmacenDocumentos;
import pe.gob.osce.soporte.documento.RegistroDocumentos;
import pe.gob.osce.soporte.documento.RegistroDocumentos.Clase;
import pe.gob.osce.soporte.ticket.AtencionTicketAdapter.TicketIniciado;

/** {@code /api/tickets}: registrar un pedido y consultar su entrada en "Actividades de soporte". */
@RestController
@RequestMapping("/api/tickets")
class TicketController {

  private final AtencionTicketAdapter atencion;
  private final RegistroActividades registro;
  private final RegistroDocumentos documentos;
  private final AlmacenDocumentos almacen;

  TicketController(
      AtencionTicketAdapter atencion,
      RegistroActividades registro,
      RegistroDocumentos documentos,
      AlmacenDocumentos almacen) {
    this.atencion = atencion;
    this.registro = registro;
    this.documentos = documentos;
    this.almacen = almacen;
  }

  record TicketVista(
      Ticket ticket,
      String tipo,
      String servicio,
      String canal,
      String estado,
      List<PasoTicket> pasos) {}

  @PostMapping
  ResponseEntity<TicketIniciado> registrar(@RequestBody SolicitudTicket solicitud) {
    TicketIniciado ticket = atencion.iniciar(solicitud);
    return ResponseEntity.created(URI.create("/api/tickets/" + ticket.codigo())).body(ticket);
  }

  @GetMapping("/{codigo}")
  TicketVista consultar(@PathVariable String codigo) {
    Ticket t = registro.buscar(codigo).orElseThrow(() -> noExiste(codigo));
    return new TicketVista(
        t,
        t.tipo().etiqueta(),
        t.servicio().etiquetaCompleta(),
        t.canal().etiqueta(),
        t.estado().etiqueta(),
        registro.pasos(codigo));
  }

  @GetMapping("/{codigo}/cargo")
  ResponseEntity<byte[]> cargo(@PathVariable String codigo) {
    registro.buscar(codigo).orElseThrow(() -> noExiste(codigo));
    RegistroDocumentos.Ubicacion ubicacion =
        documentos
            .buscar(codigo, Clase.CARGO)
            .orElseThrow(
                () ->
                    ManejoErroresApi.noEncontrado(
                        "El ticket " + codigo + " aún no tiene cargo de asignación"));
    byte[] pdf =
        almacen
            .leer(ubicacion.carpeta(), ubicacion.archivo())
            .orElseThrow(
                () ->
                    ManejoErroresApi.noEncontrado(
                        "El archivo "
                            + ubicacion.archivo()
                            + " no está en la carpeta "
                            + ubicacion.carpeta()));
    return Descarga.pdf(ubicacion.archivo(), pdf);
  }

  private static RuntimeException noExiste(String codigo) {
    return ManejoErroresApi.noEncontrado(
        "El ticket " + codigo + " no está en el registro Actividades de soporte");
  }
}
