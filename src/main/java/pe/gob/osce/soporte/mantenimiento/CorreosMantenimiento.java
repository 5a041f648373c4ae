package pe.gob.osce.soporte.mantenimiento;

import pe.gob.osce.soporte.correo.PlantillaCorreo;

/**
 * Los textos de los correos del proceso mantenimientoEquipos, en {@code
 * src/main/resources/correos/mantenimientoEquipos/}.
 */
enum CorreosMantenimiento {
  /** Actividad 23 coordinada por correo electrónico. */
  COORDINACION("coordinacion");

  private final PlantillaCorreo plantilla;

  CorreosMantenimiento(String archivo) {
    this.plantilla = PlantillaCorreo.cargar("correos/mantenimientoEquipos/" + archivo + ".txt");
  }

  public PlantillaCorreo plantilla() {
    return plantilla;
  }

  public PlantillaCorreo.Borrador con(String marcador, Object valor) {
    return plantilla.con(marcador, valor);
  }
}
