package pe.gob.osce.soporte.equipo;

import java.util.Set;
import pe.gob.osce.soporte.comun.Errores;
import pe.gob.osce.soporte.comun.Variable;
import pe.gob.osce.soporte.equipo.CicloVidaEquipoProceso.Variables;

/**
 * Actividad 16, el checklist de formateo (versión 02: equipo o medio de almacenamiento extraíble).
 * Sin el respaldo previo de documentos y configuraciones en la carpeta compartida de la unidad no
 * se formatea; el formateo lógico siempre; para equipos cada paso de {@link
 * Variables#CHECKLIST_EQUIPO}; el bajo nivel solo por problemas de lectura/escritura o bajo
 * rendimiento. Un medio extraíble del registro nunca sigue el checklist de equipos, diga lo que
 * diga el formulario.
 */
final class ReglaFormateo {

  public static final String EQUIPO = "EQUIPO";
  public static final String MEDIO_EXTRAIBLE = "MEDIO_EXTRAIBLE";
  static final Set<String> TIPOS_BIEN = Set.of(EQUIPO, MEDIO_EXTRAIBLE);
  static final Set<String> MOTIVOS_BAJO_NIVEL = Set.of("LECTURA_ESCRITURA", "BAJO_RENDIMIENTO");

  /**
   * Lo enviado en la actividad 16.
   *
   * @param medioExtraibleEnRegistro el registro de equipos dice que el bien es un medio extraíble
   * @param pasosMarcados las casillas de {@link Variables#CHECKLIST_EQUIPO} marcadas
   */
  public record Formateo(
      boolean medioExtraibleEnRegistro,
      Boolean respaldoRealizado,
      String carpetaRespaldo,
      String tipoBien,
      Boolean formateoLogico,
      Set<Variable<Boolean>> pasosMarcados,
      Boolean formateoBajoNivel,
      String motivoBajoNivel) {}

  private ReglaFormateo() {}

  /** El tipo de bien con que sigue el formulario: el del registro manda sobre el elegido. */
  public static String tipoBien(Formateo formateo) {
    return formateo.medioExtraibleEnRegistro() ? MEDIO_EXTRAIBLE : formateo.tipoBien();
  }

  /** Agrega a {@code errores} cada paso que falta o no corresponde. */
  public static void validar(Formateo f, Errores errores) {
    if (!Boolean.TRUE.equals(f.respaldoRealizado())) {
      errores.agregar(
          Variables.RESPALDO_REALIZADO,
          "no se puede formatear sin respaldo: primero respalde los documentos y"
              + " configuraciones en la carpeta compartida del órgano o unidad orgánica de la/el usuaria/o");
    }
    errores.siVacio(
        Variables.CARPETA_RESPALDO,
        f.carpetaRespaldo(),
        "indique la carpeta compartida donde quedó el respaldo");
    String tipoBien = tipoBien(f);
    if (tipoBien == null || !TIPOS_BIEN.contains(tipoBien)) {
      errores.agregar(
          Variables.TIPO_BIEN, "indique si es un equipo o un medio de almacenamiento extraíble");
    }
    if (!Boolean.TRUE.equals(f.formateoLogico())) {
      errores.agregar(
          Variables.FORMATEO_LOGICO,
          "el formateo lógico es obligatorio para equipos y medios extraíbles");
    }
    if (EQUIPO.equals(tipoBien)) {
      Variables.CHECKLIST_EQUIPO.stream()
          .filter(paso -> !f.pasosMarcados().contains(paso))
          .forEach(paso -> errores.agregar(paso, "es un paso obligatorio del formateo de equipos"));
    }
    if (f.formateoBajoNivel() == null) {
      errores.agregar(Variables.FORMATEO_BAJO_NIVEL, "indique si se formateó a bajo nivel");
    } else if (f.formateoBajoNivel()
        && !MOTIVOS_BAJO_NIVEL.contains(String.valueOf(f.motivoBajoNivel()))) {
      errores.agregar(
          Variables.MOTIVO_BAJO_NIVEL,
          "el formateo a bajo nivel solo corresponde a problemas de lectura y"
              + " escritura o a bajo rendimiento: indique cuál");
    }
  }
}
