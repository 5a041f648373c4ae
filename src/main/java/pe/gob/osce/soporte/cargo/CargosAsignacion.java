package pe.gob.osce.soporte.cargo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.Correlativos;
import pe.gob.osce.soporte.comun.Reloj;
import pe.gob.osce.soporte.comun.UsuarioActual;
import pe.gob.osce.soporte.correo.Adjunto;
import pe.gob.osce.soporte.documento.AlmacenDocumentos;
import pe.gob.osce.soporte.documento.BienCargo;
import pe.gob.osce.soporte.documento.CargoAsignacion;
import pe.gob.osce.soporte.documento.CargoAsignacionPdf;
import pe.gob.osce.soporte.documento.FormatoTraslado;
import pe.gob.osce.soporte.documento.FormatoTrasladoPdf;
import pe.gob.osce.soporte.documento.RegistroDocumentos;
import pe.gob.osce.soporte.documento.RegistroDocumentos.Clase;
import pe.gob.osce.soporte.equipo.CicloVidaEquipoAdapter;
import pe.gob.osce.soporte.equipo.Equipo;
import pe.gob.osce.soporte.equipo.EstadoEquipo;
import pe.gob.osce.soporte.equipo.RegistroEquipos;
import pe.gob.osce.soporte.equipo.Traslado;
import pe.gob.osce.soporte.ticket.RegistroActividades;
import pe.gob.osce.soporte.ticket.Ticket;

/**
 * Emite el cargo de asignación (Anexo 2) y, si corresponde, el formato de traslado: les da número
 * correlativo del año, los guarda en la carpeta "Asignaciones" y actualiza el registro de equipos.
 */
@Component
class CargosAsignacion {

  /** El cargo emitido: su número y los PDF para enviar a firma. */
  public record CargoEmitido(String numero, List<Adjunto> documentos) {}

  private final Correlativos correlativos;
  private final CargoAsignacionPdf cargoPdf;
  private final FormatoTrasladoPdf trasladoPdf;
  private final AlmacenDocumentos almacen;
  private final RegistroDocumentos documentos;
  private final RegistroEquipos equipos;
  private final RegistroActividades registro;
  private final UsuarioActual usuario;
  private final CicloVidaEquipoAdapter cicloVida;

  CargosAsignacion(
      Correlativos correlativos,
      CargoAsignacionPdf cargoPdf,
      FormatoTrasladoPdf trasladoPdf,
      AlmacenDocumentos almacen,
      RegistroDocumentos documentos,
      RegistroEquipos equipos,
      RegistroActividades registro,
      UsuarioActual usuario,
      CicloVidaEquipoAdapter cicloVida) {
    this.cicloVida = cicloVida;
    this.correlativos = correlativos;
    this.cargoPdf = cargoPdf;
    this.trasladoPdf = trasladoPdf;
    this.almacen = almacen;
    this.documentos = documentos;
    this.equipos = equipos;
    this.registro = registro;
    this.usuario = usuario;
  }

  public CargoEmitido emitir(Ticket ticket, DatosCargo datos) {
    LocalDate hoy = Reloj.ahora().toLocalDate();
    String numero =
        String.format("%03d-%d", correlativos.siguiente("CARGO", hoy.getYear()), hoy.getYear());
    List<Adjunto> adjuntos = new ArrayList<>();
    byte[] cargo =
        cargoPdf.generar(
            new CargoAsignacion(
                numero,
                hoy,
                ticket.codigo(),
                datos.servidor(),
                datos.organoUnidad(),
                bienes(datos.retirados()),
                bienes(datos.asignados()),
                datos.tecnico()));
    adjuntos.add(
        guardar(ticket, Clase.CARGO, "Cargo-" + numero + "-" + ticket.codigo() + ".pdf", cargo));
    if (datos.trasladoEntreSedes()) {
      List<BienCargo> trasladados = bienes(datos.asignados());
      trasladados.addAll(bienes(datos.retirados()));
      byte[] traslado =
          trasladoPdf.generar(
              new FormatoTraslado(
                  numero,
                  hoy,
                  ticket.codigo(),
                  datos.servidor(),
                  datos.organoUnidad(),
                  datos.sedeOrigen(),
                  datos.sedeDestino(),
                  trasladados,
                  datos.tecnico()));
      adjuntos.add(
          guardar(
              ticket,
              Clase.TRASLADO,
              "Traslado-" + numero + "-" + ticket.codigo() + ".pdf",
              traslado));
    }
    // En un traslado entre sedes cada bien del formato cambia de sede (registro de alta, baja y
    // traslado).
    Traslado traslado =
        datos.trasladoEntreSedes() ? new Traslado(datos.sedeOrigen(), datos.sedeDestino()) : null;
    String enTraslado =
        traslado == null ? "" : ", trasladado de " + traslado.origen() + " a " + traslado.destino();
    for (String codigo : datos.asignados()) {
      // Un equipo en stock (actividad 17) sale del almacén: su ciclo de vida termina como
      // reasignado.
      boolean enStock = cicloVida.estaEnAlmacen(codigo);
      equipos.cambiar(
          codigo,
          enStock ? EstadoEquipo.REASIGNADO : EstadoEquipo.ASIGNADO,
          ticket.solicitante(),
          (enStock ? "Reasignado desde el almacén de la UAST a " : "Asignado a ")
              + datos.servidor()
              + " ("
              + datos.organoUnidad()
              + ") con el cargo N° "
              + numero
              + enTraslado,
          ticket.codigo(),
          usuario.id(),
          traslado);
      if (enStock) {
        cicloVida.reasignar(codigo, ticket.codigo());
      }
    }
    for (String codigo : datos.retirados()) {
      equipos.cambiar(
          codigo,
          EstadoEquipo.DEVUELTO,
          null,
          "Retirado de "
              + datos.servidor()
              + " ("
              + datos.organoUnidad()
              + ") con el cargo N° "
              + numero
              + enTraslado,
          ticket.codigo(),
          usuario.id(),
          traslado);
    }
    registro.registrarCargo(ticket.codigo(), numero);
    return new CargoEmitido(numero, adjuntos);
  }

  private Adjunto guardar(Ticket ticket, Clase clase, String archivo, byte[] pdf) {
    almacen.guardar(AlmacenDocumentos.CARPETA_ASIGNACIONES, archivo, pdf);
    documentos.anotar(ticket.codigo(), clase, AlmacenDocumentos.CARPETA_ASIGNACIONES, archivo);
    return new Adjunto(archivo, "application/pdf", pdf);
  }

  private List<BienCargo> bienes(List<String> codigos) {
    List<BienCargo> bienes = new ArrayList<>();
    for (String codigo : codigos) {
      Equipo e =
          equipos
              .buscar(codigo)
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "El equipo " + codigo + " dejó de estar en el registro de equipos"));
      bienes.add(
          new BienCargo(
              e.tipo().etiqueta() + " " + e.modelo(),
              e.marca(),
              e.codigoPatrimonial(),
              "Serie " + e.serie() + " · " + e.sede()));
    }
    return bienes;
  }
}
