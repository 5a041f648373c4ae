package pe.gob.osce.soporte.equipo;

import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.Errores;
import pe.gob.osce.soporte.comun.Variable;
import pe.gob.osce.soporte.equipo.CicloVidaEquipoProceso.Variables;
import pe.gob.osce.soporte.equipo.ReglaFormateo.Formateo;

/**
 * Actividad 16: lee el checklist de formateo y el tipo del bien en el registro, aplica {@link
 * ReglaFormateo} y deja el tipo de bien con que se formateó.
 */
@Component
class FormatearListener extends TareaEquipoListener {

  private final RegistroEquipos registro;

  FormatearListener(FichaEquipo ficha, RegistroEquipos registro) {
    super(ficha);
    this.registro = registro;
  }

  /**
   * El formulario llega con el tipo del registro: un medio extraíble sigue su checklist, más corto.
   */
  @Override
  protected void alCrear(DelegateTask tarea) {
    Variables.TIPO_BIEN.escribir(
        tarea, esMedioExtraible(tarea) ? ReglaFormateo.MEDIO_EXTRAIBLE : ReglaFormateo.EQUIPO);
  }

  private boolean esMedioExtraible(DelegateTask tarea) {
    return registro
        .buscar(Variables.CODIGO_PATRIMONIAL.leer(tarea))
        .filter(e -> e.tipo().esMedioExtraible())
        .isPresent();
  }

  @Override
  protected void alCompletar(DelegateTask tarea) {
    Set<Variable<Boolean>> marcados =
        Variables.CHECKLIST_EQUIPO.stream()
            .filter(paso -> paso.leer(tarea, false))
            .collect(Collectors.toSet());
    Formateo formateo =
        new Formateo(
            esMedioExtraible(tarea),
            Variables.RESPALDO_REALIZADO.leer(tarea),
            Variables.CARPETA_RESPALDO.leer(tarea),
            Variables.TIPO_BIEN.leer(tarea),
            Variables.FORMATEO_LOGICO.leer(tarea),
            marcados,
            Variables.FORMATEO_BAJO_NIVEL.leer(tarea),
            Variables.MOTIVO_BAJO_NIVEL.leer(tarea));
    Errores errores = new Errores();
    ReglaFormateo.validar(formateo, errores);
    errores.lanzarSiHay();
    Variables.TIPO_BIEN.escribir(tarea, ReglaFormateo.tipoBien(formateo));
    Variables.FORMATEO_BAJO_NIVEL.escribir(tarea, formateo.formateoBajoNivel());
  }
}
