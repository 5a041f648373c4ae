package pe.gob.osce.soporte.equipo;

import static pe.gob.osce.soporte.equipo.CicloVidaEquipoProceso.CHECKLIST_EQUIPO;
import static pe.gob.osce.soporte.equipo.CicloVidaEquipoProceso.VAR_CARPETA_RESPALDO;
import static pe.gob.osce.soporte.equipo.CicloVidaEquipoProceso.VAR_FORMATEO_BAJO_NIVEL;
import static pe.gob.osce.soporte.equipo.CicloVidaEquipoProceso.VAR_FORMATEO_LOGICO;
import static pe.gob.osce.soporte.equipo.CicloVidaEquipoProceso.VAR_MOTIVO_BAJO_NIVEL;
import static pe.gob.osce.soporte.equipo.CicloVidaEquipoProceso.VAR_RESPALDO_REALIZADO;
import static pe.gob.osce.soporte.equipo.CicloVidaEquipoProceso.VAR_TIPO_BIEN;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.Errores;
import pe.gob.osce.soporte.comun.LecturaVariables;

/**
 * Actividad 16: el checklist de formateo del procedimiento (versión 02: equipo o medio de
 * almacenamiento extraíble, según el tipo del bien en el registro). Sin el respaldo previo de documentos y
 * configuraciones en la carpeta compartida de la unidad no se completa; para equipos se exige cada
 * paso (NTFS con dos particiones, DHCP, administrador local con clave, nombre = código patrimonial,
 * servicios innecesarios deshabilitados, software base); el bajo nivel solo por lectura/escritura o
 * bajo rendimiento.
 */
@Component
class FormatearListener extends TareaEquipoListener {

  static final String EQUIPO = "EQUIPO";
  static final String MEDIO_EXTRAIBLE = "MEDIO_EXTRAIBLE";
  static final Set<String> TIPOS_BIEN = Set.of(EQUIPO, MEDIO_EXTRAIBLE);
  static final Set<String> MOTIVOS_BAJO_NIVEL = Set.of("LECTURA_ESCRITURA", "BAJO_RENDIMIENTO");

  private final RegistroEquipos registro;

  FormatearListener(FichaEquipo ficha, RegistroEquipos registro) {
    super(ficha);
    this.registro = registro;
  }

  /** El formulario llega con el tipo del registro: un medio extraíble sigue su checklist, más corto. */
  @Override
  protected void alCrear(DelegateTask tarea) {
    tarea.setVariable(VAR_TIPO_BIEN, esMedioExtraible(tarea) ? MEDIO_EXTRAIBLE : EQUIPO);
  }

  private boolean esMedioExtraible(DelegateTask tarea) {
    return registro.buscar(LecturaVariables.texto(tarea, CicloVidaEquipoProceso.VAR_CODIGO_PATRIMONIAL))
        .filter(e -> e.tipo().esMedioExtraible()).isPresent();
  }

  @Override
  protected void alCompletar(DelegateTask tarea) {
    Errores errores = new Errores();
    if (!LecturaVariables.verdadero(tarea, VAR_RESPALDO_REALIZADO)) {
      errores.agregar(VAR_RESPALDO_REALIZADO, "no se puede formatear sin respaldo: primero respalde los documentos y"
          + " configuraciones en la carpeta compartida del órgano o unidad orgánica de la/el usuaria/o");
    }
    errores.siVacio(VAR_CARPETA_RESPALDO, LecturaVariables.texto(tarea, VAR_CARPETA_RESPALDO),
        "indique la carpeta compartida donde quedó el respaldo");
    // Un medio extraíble del registro nunca sigue el checklist de equipos, diga lo que diga el formulario.
    String tipoBien = esMedioExtraible(tarea) ? MEDIO_EXTRAIBLE : LecturaVariables.texto(tarea, VAR_TIPO_BIEN);
    if (tipoBien == null || !TIPOS_BIEN.contains(tipoBien)) {
      errores.agregar(VAR_TIPO_BIEN, "indique si es un equipo o un medio de almacenamiento extraíble");
    }
    if (!LecturaVariables.verdadero(tarea, VAR_FORMATEO_LOGICO)) {
      errores.agregar(VAR_FORMATEO_LOGICO, "el formateo lógico es obligatorio para equipos y medios extraíbles");
    }
    if (EQUIPO.equals(tipoBien)) {
      CHECKLIST_EQUIPO.stream().filter(paso -> !LecturaVariables.verdadero(tarea, paso))
          .forEach(paso -> errores.agregar(paso, "es un paso obligatorio del formateo de equipos"));
    }
    Boolean bajoNivel = LecturaVariables.booleano(tarea, VAR_FORMATEO_BAJO_NIVEL);
    if (bajoNivel == null) {
      errores.agregar(VAR_FORMATEO_BAJO_NIVEL, "indique si se formateó a bajo nivel");
    } else if (bajoNivel && !MOTIVOS_BAJO_NIVEL.contains(String.valueOf(LecturaVariables.texto(tarea, VAR_MOTIVO_BAJO_NIVEL)))) {
      errores.agregar(VAR_MOTIVO_BAJO_NIVEL, "el formateo a bajo nivel solo corresponde a problemas de lectura y"
          + " escritura o a bajo rendimiento: indique cuál");
    }
    errores.lanzarSiHay();
    tarea.setVariable(VAR_TIPO_BIEN, tipoBien);
    tarea.setVariable(VAR_FORMATEO_BAJO_NIVEL, bajoNivel);
  }
}
