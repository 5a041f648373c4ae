package pe.gob.osce.soporte.equipo;


import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.Errores;

/**
 * Actividad 16: el checklist de formateo del procedimiento (versión 02: equipo o medio de
 * almacenamiento extraíble, según el tipo del bien en el registro). Sin el respaldo previo de documentos y
 * configuraciones en la carpeta compartida de la unidad no se completa; para equipos se exige cada
 * paso (NTFS con dos particiones, DHCP, administrador local con clave, nombre = código patrimonial,
 * servicios innecesarios deshabilitados, software base); el bajo nivel solo por lectura/escritura o
 * bajo rendimiento.
 */
@Component
public class FormatearListener extends TareaEquipoListener {

  static final String EQUIPO = "EQUIPO";
  static final String MEDIO_EXTRAIBLE = "MEDIO_EXTRAIBLE";
  static final Set<String> TIPOS_BIEN = Set.of(EQUIPO, MEDIO_EXTRAIBLE);
  static final Set<String> MOTIVOS_BAJO_NIVEL = Set.of("LECTURA_ESCRITURA", "BAJO_RENDIMIENTO");

  private final RegistroEquipos registro;

  public FormatearListener(FichaEquipo ficha, RegistroEquipos registro) {
    super(ficha);
    this.registro = registro;
  }

  /** El formulario llega con el tipo del registro: un medio extraíble sigue su checklist, más corto. */
  @Override
  protected void alCrear(DelegateTask tarea) {
    CicloVidaEquipoProceso.Variables.TIPO_BIEN.escribir(tarea, esMedioExtraible(tarea) ? MEDIO_EXTRAIBLE : EQUIPO);
  }

  private boolean esMedioExtraible(DelegateTask tarea) {
    return registro.buscar(CicloVidaEquipoProceso.Variables.CODIGO_PATRIMONIAL.leer(tarea))
        .filter(e -> e.tipo().esMedioExtraible()).isPresent();
  }

  @Override
  protected void alCompletar(DelegateTask tarea) {
    Errores errores = new Errores();
    if (!CicloVidaEquipoProceso.Variables.RESPALDO_REALIZADO.leer(tarea, false)) {
      errores.agregar(CicloVidaEquipoProceso.Variables.RESPALDO_REALIZADO, "no se puede formatear sin respaldo: primero respalde los documentos y"
          + " configuraciones en la carpeta compartida del órgano o unidad orgánica de la/el usuaria/o");
    }
    errores.siVacio(CicloVidaEquipoProceso.Variables.CARPETA_RESPALDO, CicloVidaEquipoProceso.Variables.CARPETA_RESPALDO.leer(tarea),
        "indique la carpeta compartida donde quedó el respaldo");
    // Un medio extraíble del registro nunca sigue el checklist de equipos, diga lo que diga el formulario.
    String tipoBien = esMedioExtraible(tarea) ? MEDIO_EXTRAIBLE : CicloVidaEquipoProceso.Variables.TIPO_BIEN.leer(tarea);
    if (tipoBien == null || !TIPOS_BIEN.contains(tipoBien)) {
      errores.agregar(CicloVidaEquipoProceso.Variables.TIPO_BIEN, "indique si es un equipo o un medio de almacenamiento extraíble");
    }
    if (!CicloVidaEquipoProceso.Variables.FORMATEO_LOGICO.leer(tarea, false)) {
      errores.agregar(CicloVidaEquipoProceso.Variables.FORMATEO_LOGICO, "el formateo lógico es obligatorio para equipos y medios extraíbles");
    }
    if (EQUIPO.equals(tipoBien)) {
      CicloVidaEquipoProceso.Variables.CHECKLIST_EQUIPO.stream().filter(paso -> !paso.leer(tarea, false))
          .forEach(paso -> errores.agregar(paso, "es un paso obligatorio del formateo de equipos"));
    }
    Boolean bajoNivel = CicloVidaEquipoProceso.Variables.FORMATEO_BAJO_NIVEL.leer(tarea);
    if (bajoNivel == null) {
      errores.agregar(CicloVidaEquipoProceso.Variables.FORMATEO_BAJO_NIVEL, "indique si se formateó a bajo nivel");
    } else if (bajoNivel && !MOTIVOS_BAJO_NIVEL.contains(String.valueOf(CicloVidaEquipoProceso.Variables.MOTIVO_BAJO_NIVEL.leer(tarea)))) {
      errores.agregar(CicloVidaEquipoProceso.Variables.MOTIVO_BAJO_NIVEL, "el formateo a bajo nivel solo corresponde a problemas de lectura y"
          + " escritura o a bajo rendimiento: indique cuál");
    }
    errores.lanzarSiHay();
    CicloVidaEquipoProceso.Variables.TIPO_BIEN.escribir(tarea, tipoBien);
    CicloVidaEquipoProceso.Variables.FORMATEO_BAJO_NIVEL.escribir(tarea, bajoNivel);
  }
}
