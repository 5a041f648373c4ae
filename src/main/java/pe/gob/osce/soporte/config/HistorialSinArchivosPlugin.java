package pe.gob.osce.soporte.config;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.springframework.stereotype.Component;

/**
 * Los archivos subidos (cargo firmado, reporte de mantenimiento) se guardan una sola vez, en la
 * carpeta de documentos ({@code documento/ArchivoPdf.tomar}), no además en la historia de Camunda
 * durante los cinco años de su tiempo de vida: con historia {@code full}, cada variable de tipo
 * archivo dejaría su contenido en {@code ACT_GE_BYTEARRAY} (variable histórica y detalle), aunque
 * se quite de la instancia.
 *
 * <p>Reemplaza el manejador de historia por defecto por el mismo {@link DbHistoryEventHandler}
 * envuelto en un filtro que descarta los eventos de variables de tipo archivo (creación, cambio y
 * borrado); el resto de la historia se escribe igual. Es la forma documentada de dar un manejador
 * propio ({@code customHistoryEventHandlers} y {@code enableDefaultDbHistoryEventHandler}, guía de
 * usuario de Camunda 7, "History – Custom implementation").
 */
@Component
class HistorialSinArchivosPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuracion) {
    List<HistoryEventHandler> manejadores = new ArrayList<>();
    if (configuracion.getCustomHistoryEventHandlers() != null) {
      manejadores.addAll(configuracion.getCustomHistoryEventHandlers());
    }
    manejadores.add(new SinArchivos(new DbHistoryEventHandler()));
    configuracion.setCustomHistoryEventHandlers(manejadores);
    configuracion.setEnableDefaultDbHistoryEventHandler(false);
  }

  /** Si el evento es de una variable de tipo archivo: no va a la historia. */
  static boolean esArchivo(HistoryEvent evento) {
    return evento instanceof HistoricVariableUpdateEventEntity variable
        && ValueType.FILE.getName().equals(variable.getSerializerName());
  }

  /** El manejador de la base, sin los eventos de archivos. */
  static final class SinArchivos implements HistoryEventHandler {

    private final HistoryEventHandler base;

    SinArchivos(HistoryEventHandler base) {
      this.base = base;
    }

    @Override
    public void handleEvent(HistoryEvent evento) {
      if (!esArchivo(evento)) {
        base.handleEvent(evento);
      }
    }

    @Override
    public void handleEvents(List<HistoryEvent> eventos) {
      eventos.forEach(this::handleEvent);
    }
  }
}
