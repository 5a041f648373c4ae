package pe.gob.osce.soporte.indicador;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuración del indicador de la sección XI ({@code soporte.indicador}): el horario de la unidad
 * con el que se mide el tiempo laborable, y la clave de la tabla de decisión con las metas de
 * atención.
 */
@ConfigurationProperties("soporte.indicador")
record IndicadorProperties(
    @DefaultValue("America/Lima") ZoneId zonaHoraria,
    @DefaultValue("08:30") LocalTime inicioJornada,
    @DefaultValue("17:30") LocalTime finJornada,
    @DefaultValue({"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"})
        List<DayOfWeek> diasLaborables,
    @DefaultValue List<LocalDate> feriados,
    @DefaultValue("metaAtencion") String decisionMetas) {

  CalendarioLaboral calendario() {
    return new CalendarioLaboral(
        zonaHoraria,
        inicioJornada,
        finJornada,
        new HashSet<>(diasLaborables),
        new HashSet<>(feriados));
  }
}
