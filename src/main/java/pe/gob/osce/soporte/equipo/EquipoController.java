package pe.gob.osce.soporte.equipo;

import java.net.URI;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import pe.gob.osce.soporte.comun.Descarga;
import pe.gob.osce.soporte.comun.ManejoErroresApi;
import pe.gob.osce.soporte.comun.UsuarioActual;

/** {@code /api/equipos}: alta y consulta del registro de equipos con su historia. */
@RestController
@RequestMapping("/api/equipos")
class EquipoController {

  private final RegistroEquipos registro;
  private final UsuarioActual usuario;
  private final InformesBaja informes;

  EquipoController(RegistroEquipos registro, UsuarioActual usuario, InformesBaja informes) {
    this.registro = registro;
    this.usuario = usuario;
    this.informes = informes;
  }

  record EquipoVista(Equipo equipo, String estado, List<MovimientoEquipo> historia) {}

  @PostMapping
  @Transactional
  ResponseEntity<EquipoVista> registrar(@RequestBody NuevoEquipo nuevo) {
    nuevo.validar();
    if (registro.existe(nuevo.codigoPatrimonial())) {
      throw yaRegistrado(nuevo.codigoPatrimonial());
    }
    try {
      Equipo equipo = registro.darDeAlta(nuevo, usuario.id());
      return ResponseEntity.created(URI.create("/api/equipos/" + equipo.codigoPatrimonial()))
          .body(vista(equipo));
    } catch (DuplicateKeyException e) {
      throw yaRegistrado(nuevo.codigoPatrimonial());
    }
  }

  @GetMapping("/{codigoPatrimonial}")
  EquipoVista consultar(@PathVariable String codigoPatrimonial) {
    return registro
        .buscar(codigoPatrimonial)
        .map(this::vista)
        .orElseThrow(
            () ->
                ManejoErroresApi.noEncontrado(
                    "El equipo con código patrimonial "
                        + codigoPatrimonial
                        + " no está en el registro"));
  }

  /** El PDF del último informe de baja (actividad 20) que lista el bien, una vez generado. */
  @GetMapping("/{codigoPatrimonial}/informe-baja")
  ResponseEntity<byte[]> informeBaja(@PathVariable String codigoPatrimonial) {
    InformesBaja.InformeEmitido informe =
        informes
            .ultimo(codigoPatrimonial)
            .orElseThrow(
                () ->
                    ManejoErroresApi.noEncontrado(
                        "El equipo " + codigoPatrimonial + " no tiene informe de baja"));
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

  private EquipoVista vista(Equipo equipo) {
    return new EquipoVista(
        equipo, equipo.estado().etiqueta(), registro.historia(equipo.codigoPatrimonial()));
  }

  private static ResponseStatusException yaRegistrado(String codigo) {
    return new ResponseStatusException(
        HttpStatus.CONFLICT,
        "El código patrimonial " + RegistroEquipos.normalizar(codigo) + " ya está registrado");
  }
}
