package pe.gob.osce.soporte.procedimiento;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/procedimiento}: las versiones de cada proceso del procedimiento PS01.01.01. */
@RestController
@RequestMapping("/api/procedimiento")
class ProcedimientoController {

  private final VersionesProcedimiento versiones;

  ProcedimientoController(VersionesProcedimiento versiones) {
    this.versiones = versiones;
  }

  /** Por proceso, las versiones desplegadas (etiqueta, fecha, fuente), cuál rige e instancias en curso en cada una. */
  @GetMapping
  List<VersionesProcedimiento.Proceso> procesos() {
    return versiones.procesos();
  }
}
