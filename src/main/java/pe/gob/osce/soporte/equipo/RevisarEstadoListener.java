package pe.gob.osce.soporte.equipo;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.Errores;
import pe.gob.osce.soporte.comun.UsuarioActual;
import pe.gob.osce.soporte.equipo.CicloVidaEquipoProceso.Variables;

/**
 * Actividad 17, revisión periódica del stock: operativo se mantiene en almacén, malogrado pasa a la
 * revisión de obsolescencia (18). Cada revisión queda en el registro.
 */
@Component
class RevisarEstadoListener extends TareaEquipoListener {

  static final String MALOGRADO = "MALOGRADO";
  private static final Set<String> ESTADOS = Set.of("OPERATIVO", MALOGRADO);

  private final RegistroEquipos registro;
  private final UsuarioActual usuario;

  RevisarEstadoListener(FichaEquipo ficha, RegistroEquipos registro, UsuarioActual usuario) {
    super(ficha);
    this.registro = registro;
    this.usuario = usuario;
  }

  @Override
  protected void alCompletar(DelegateTask tarea) {
    String estado = Variables.ESTADO_ALMACEN.leer(tarea);
    String observaciones = Variables.OBSERVACIONES.leer(tarea);
    Errores errores = new Errores().siLargo(Variables.OBSERVACIONES, observaciones, 800);
    if (estado == null || !ESTADOS.contains(estado)) {
      errores.agregar(
          Variables.ESTADO_ALMACEN, "indique si el equipo sigue operativo o está malogrado");
    }
    errores.lanzarSiHay();
    boolean malogrado = MALOGRADO.equals(estado);
    registro.cambiar(
        Variables.CODIGO_PATRIMONIAL.leer(tarea),
        malogrado ? EstadoEquipo.MALOGRADO : EstadoEquipo.EN_ALMACEN,
        null,
        "Revisión periódica del almacén: "
            + (malogrado
                ? "malogrado, pasa a revisar su obsolescencia"
                : "operativo, se mantiene en almacén")
            + (observaciones == null ? "" : ". " + observaciones),
        null,
        usuario.id());
  }
}
