package pe.gob.osce.soporte.mantenimiento;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import pe.gob.osce.soporte.comun.Descarga;
import pe.gob.osce.soporte.comun.ManejoErroresApi;
import pe.gob.osce.soporte.documento.AlmacenDocumentos;

/**
 * {@code /api/mantenimientos}: el plan por clase de equipos y el registro de cada mantenimiento.
 */
@RestController
@RequestMapping("/api/mantenimientos")
class MantenimientoController {

  private final PlanMantenimiento plan;
  private final RegistroMantenimientos registro;
  private final AlmacenDocumentos almacen;

  MantenimientoController(
      PlanMantenimiento plan, RegistroMantenimientos registro, AlmacenDocumentos almacen) {
    this.plan = plan;
    this.registro = registro;
    this.almacen = almacen;
  }

  record MantenimientoVista(Mantenimiento mantenimiento, List<PasoMantenimiento> pasos) {}

  @GetMapping
  List<PlanMantenimiento.Plan> planes() {
    return plan.planes();
  }

  @GetMapping("/{codigo}")
  MantenimientoVista consultar(@PathVariable String codigo) {
    return registro
        .buscar(codigo)
        .map(m -> new MantenimientoVista(m, registro.pasos(codigo)))
        .orElseThrow(() -> noEncontrado(codigo));
  }

  @GetMapping("/{codigo}/reporte")
  ResponseEntity<byte[]> reporte(@PathVariable String codigo) {
    Mantenimiento m = registro.buscar(codigo).orElseThrow(() -> noEncontrado(codigo));
    byte[] pdf =
        m.reporteArchivo() == null
            ? null
            : almacen
                .leer(RegistroMantenimientos.CARPETA_REPORTES, m.reporteArchivo())
                .orElse(null);
    if (pdf == null) {
      throw ManejoErroresApi.noEncontrado(
          "El mantenimiento " + codigo + " aún no tiene su reporte archivado");
    }
    return Descarga.pdf(m.reporteArchivo(), pdf);
  }

  /**
   * El "Plan de Trabajo – Cronograma de mantenimiento" del/de la proveedor/a (actividad 23, sección
   * VI).
   */
  @GetMapping("/{codigo}/plan-trabajo")
  ResponseEntity<byte[]> planTrabajo(@PathVariable String codigo) {
    Mantenimiento m = registro.buscar(codigo).orElseThrow(() -> noEncontrado(codigo));
    byte[] pdf =
        m.planTrabajoArchivo() == null
            ? null
            : almacen
                .leer(RegistroMantenimientos.CARPETA_REPORTES, m.planTrabajoArchivo())
                .orElse(null);
    if (pdf == null) {
      throw ManejoErroresApi.noEncontrado(
          "El mantenimiento " + codigo + " aún no tiene su plan de trabajo archivado");
    }
    return Descarga.pdf(m.planTrabajoArchivo(), pdf);
  }

  private static RuntimeException noEncontrado(String codigo) {
    return ManejoErroresApi.noEncontrado("No hay un mantenimiento con código " + codigo);
  }
}
