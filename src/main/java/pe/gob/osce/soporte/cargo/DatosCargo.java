package pe.gob.osce.soporte.cargo;

import java.util.List;

/** Lo que el técnico registró en la actividad 10 para emitir el cargo de asignación. */
record DatosCargo(
    String servidor,
    String organoUnidad,
    List<String> asignados,
    List<String> retirados,
    boolean trasladoEntreSedes,
    String sedeOrigen,
    String sedeDestino,
    String tecnico) {}
