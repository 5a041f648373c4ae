package pe.gob.osce.soporte.equipo;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.Errores;
import pe.gob.osce.soporte.comun.UsuarioActual;
import pe.gob.osce.soporte.equipo.CicloVidaEquipoProceso.Variables;

/** Actividad 17: el equipo se guarda como stock en el almacén de la UAST, en una ubicación. */
@Component
class GuardarAlmacenListener extends TareaEquipoListener {

  private final RegistroEquipos registro;
  private final UsuarioActual usuario;

  GuardarAlmacenListener(FichaEquipo ficha, RegistroEquipos registro, UsuarioActual usuario) {
    super(ficha);
    this.registro = registro;
    this.usuario = usuario;
  }

  @Override
  protected void alCompletar(DelegateTask tarea) {
    String ubicacion = Variables.UBICACION_ALMACEN.leer(tarea);
    new Errores()
        .siVacio(
            Variables.UBICACION_ALMACEN,
            ubicacion,
            "es obligatoria: dónde queda el equipo en el almacén (p. ej. estante 3, caja 2)")
        .siLargo(Variables.UBICACION_ALMACEN, ubicacion, 200)
        .lanzarSiHay();
    registro.cambiar(
        Variables.CODIGO_PATRIMONIAL.leer(tarea),
        EstadoEquipo.EN_ALMACEN,
        null,
        "Guardado como stock en el almacén de la UAST: " + ubicacion,
        Variables.TICKET.leer(tarea),
        usuario.id());
  }
}
