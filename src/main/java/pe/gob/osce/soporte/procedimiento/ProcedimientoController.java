package pe.gob.osce.soporte.procedimiento;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import pe.gob.osce.soporte.comun.DatosInvalidosException;

/**
 * {@code /api/procedimiento}: las versiones de cada proceso del procedimiento PS01.01.01 y la
 * migración de los tickets en curso a la versión vigente. Quién entra lo decide la tabla de {@code
 * seguridad/PermisosApi}; las consultas y la migración van sin la autenticación de la petición (ven
 * todas las instancias).
 */
@RestController
@RequestMapping("/api/procedimiento")
class ProcedimientoController {

  record Migracion(String proceso, Boolean simulacion) {}

  private final VersionesProcedimiento versiones;
  private final MigracionProcedimiento migracion;
  private final IdentityService identidades;

  ProcedimientoController(
      VersionesProcedimiento versiones,
      MigracionProcedimiento migracion,
      IdentityService identidades) {
    this.versiones = versiones;
    this.migracion = migracion;
    this.identidades = identidades;
  }

  /**
   * Por proceso, las versiones desplegadas (etiqueta, fecha, fuente), cuál rige e instancias en
   * curso en cada una.
   */
  @GetMapping
  List<VersionesProcedimiento.Proceso> procesos() {
    return sinAutenticacion(versiones::procesos);
  }

  /**
   * Simula o migra; una migración real con instancias que no pueden moverse responde 409 y no mueve
   * nada.
   */
  @PostMapping("/migraciones")
  ResponseEntity<Map<String, Object>> migrar(@RequestBody Migracion pedido) {
    if (pedido.simulacion() == null) {
      throw DatosInvalidosException.deCampo(
          "simulacion", "Indique true para solo simular o false para migrar.");
    }
    MigracionProcedimiento.Resultado resultado =
        sinAutenticacion(() -> migracion.migrar(pedido.proceso(), pedido.simulacion()));
    Map<String, Object> cuerpo = new LinkedHashMap<>();
    boolean rechazada = !pedido.simulacion() && !resultado.pendientes().isEmpty();
    if (rechazada) {
      cuerpo.put(
          "mensaje",
          "No se migró nada: hay instancias que no pueden moverse a la versión vigente.");
    }
    cuerpo.put("migradas", rechazada ? 0 : resultado.migradas());
    cuerpo.put("pendientes", resultado.pendientes());
    if (!resultado.lotes().isEmpty()) {
      cuerpo.put("lotes", resultado.lotes());
    }
    return ResponseEntity.status(rechazada ? HttpStatus.CONFLICT : HttpStatus.OK).body(cuerpo);
  }

  private <T> T sinAutenticacion(Supplier<T> consulta) {
    Authentication usuario = identidades.getCurrentAuthentication();
    identidades.clearAuthentication();
    try {
      return consulta.get();
    } finally {
      if (usuario != null) {
        identidades.setAuthentication(usuario);
      }
    }
  }
}
