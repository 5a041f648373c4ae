package pe.gob.osce.soporte.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.DatosInvalidosException;

/**
 * La API REST de Camunda con dos diferencias. Datos rechazados por la validación del servidor al
 * iniciar un proceso o completar una tarea ({@code /start}, {@code /complete}) responden 400 con el
 * mensaje en castellano, como ya lo hace {@code submit-form}, y no 500 "Cannot instantiate...". Y
 * todas las peticiones comparten un {@link ObjectMapper} ({@link MapeadorJsonCompartido}).
 */
@Component
class RestCamundaConfig extends CamundaJerseyResourceConfig {

  /**
   * Los recursos y la configuración de Camunda, con el mapeador JSON compartido en lugar del suyo.
   */
  @Override
  protected void registerCamundaRestResources() {
    registerClasses(CamundaRestResources.getResourceClasses());
    Set<Class<?>> configuracion = new HashSet<>(CamundaRestResources.getConfigurationClasses());
    configuracion.remove(JacksonConfigurator.class);
    registerClasses(configuracion);
    register(MapeadorJsonCompartido.class);
    register(JacksonFeature.class);
  }

  @Override
  protected void registerAdditionalResources() {
    register(DatosInvalidosMapper.class);
    register(ModeloRechazadoMapper.class);
  }

  static Response comoError(DatosInvalidosException datos) {
    ExceptionDto dto = new ExceptionDto();
    dto.setType(DatosInvalidosException.class.getSimpleName());
    dto.setMessage(datos.getMessage());
    return Response.status(Response.Status.BAD_REQUEST)
        .entity(dto)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .build();
  }

  /**
   * Los datos inválidos que llegan sin envolver, como el modelo rechazado por {@link
   * RevisionModelosPlugin} en {@code /deployment/create}: 400 con el mensaje en castellano (Camunda
   * Modeler lo muestra), no 500.
   */
  public static class ModeloRechazadoMapper implements ExceptionMapper<DatosInvalidosException> {
    @Override
    public Response toResponse(DatosInvalidosException e) {
      return comoError(e);
    }
  }

  /**
   * Reemplaza al manejador de Camunda para {@link RestException} (con la misma clase de excepción,
   * Jersey elige por prioridad: menor número gana); todo lo que no son datos inválidos lo resuelve
   * el de Camunda.
   */
  @Priority(Priorities.USER - 1000)
  public static class DatosInvalidosMapper implements ExceptionMapper<RestException> {

    private final RestExceptionHandler deCamunda = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException e) {
      for (Throwable causa = e.getCause(); causa != null; causa = causa.getCause()) {
        if (causa instanceof DatosInvalidosException datos) {
          return comoError(datos);
        }
      }
      return deCamunda.toResponse(e);
    }
  }

  /**
   * El {@link ObjectMapper} de la API REST, configurado como el de Camunda ({@link
   * JacksonConfigurator#configureObjectMapper}) pero uno solo para todas las peticiones. El de
   * Camunda crea uno nuevo en cada llamada, y con él Jackson vuelve a construir en cada petición
   * los lectores y escritores de sus DTO (el de la consulta de tareas tiene más de cien
   * propiedades).
   */
  public static class MapeadorJsonCompartido implements ContextResolver<ObjectMapper> {

    /** Se crea al primer uso: después de que el starter fija el formato de fechas de Camunda. */
    private static final class Unico {
      private static final ObjectMapper MAPEADOR =
          JacksonConfigurator.configureObjectMapper(new ObjectMapper());
    }

    @Override
    public ObjectMapper getContext(Class<?> tipo) {
      return Unico.MAPEADOR;
    }
  }
}
