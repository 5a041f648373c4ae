package pe.gob.osce.soporte.equipo;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.Errores;
import pe.gob.osce.soporte.comun.LecturaVariables;
import pe.gob.osce.soporte.comun.UsuarioActual;

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
    String ubicacion = LecturaVariables.texto(tarea, CicloVidaEquipoProceso.VAR_UBICACION_ALMACEN);
    new Errores().siVacio(CicloVidaEquipoProceso.VAR_UBICACION_ALMACEN, ubicacion,
            "es obligatoria: dónde queda el equipo en el almacén (p. ej. estante 3, caja 2)")
        .siLargo(CicloVidaEquipoProceso.VAR_UBICACION_ALMACEN, ubicacion, 200).lanzarSiHay();
    registro.cambiar(LecturaVariables.texto(tarea, CicloVidaEquipoProceso.VAR_CODIGO_PATRIMONIAL),
        EstadoEquipo.EN_ALMACEN, null, "Guardado como stock en el almacén de la UAST: " + ubicacion,
        LecturaVariables.texto(tarea, CicloVidaEquipoProceso.VAR_TICKET), usuario.id());
  }
}
