package pe.gob.osce.soporte.benchmark.carga;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * La mezcla de peticiones que produce el personal en Tasklist y en el API, cada una con HTTP Basic
 * del usuario de demo de su grupo, como las hace Tasklist: la lista de un filtro ({@code POST
 * .../list} con {@code Accept: application/hal+json}, 15 tareas, las más nuevas primero), su
 * conteo, el formulario y las variables de una tarea al abrirla, completar la actividad 2 ({@code
 * submit-form}, la mesa de ayuda elige al técnico), registrar un ticket y consultar uno (cuatro de
 * cada cinco del historial, el resto abiertos).
 */
final class Mezcla {

  /** Quién mira qué filtro: cada usuario, los filtros de su grupo (FiltrosIniciales). */
  private static final List<String[]> FILTROS_POR_USUARIO =
      List.of(
          new String[] {"asistente", "Por asignar – Mesa de Ayuda"},
              new String[] {"asistente", "Mis tareas"},
          new String[] {"asistente", "Vencen hoy"}, new String[] {"tecnico1", "Mis tareas"},
          new String[] {"tecnico1", "Soporte técnico"}, new String[] {"tecnico2", "Mis tareas"},
          new String[] {"tecnico2", "Soporte técnico"}, new String[] {"tecnico2", "Vencen hoy"},
          new String[] {"jefe.uast", "Jefatura UAST"},
              new String[] {"jefe.uast", "Por asignar – Mesa de Ayuda"},
          new String[] {"jefe.uast", "Soporte técnico"}, new String[] {"jefe.oti", "Jefatura OTI"});

  private static final String CUERPO_LISTA =
      "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
          + "\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],\"active\":true}";

  private final String base;
  private final Map<String, String> filtros;
  private final List<Muestra.Tarea> lectura;
  private final ConcurrentLinkedQueue<Muestra.Tarea> porCompletar;
  private final List<String> historicos;
  private final List<String> abiertos;
  private final Random azar = new Random(14);
  private int creados;

  Mezcla(
      String base,
      Map<String, String> filtros,
      Muestra.Abiertas abiertas,
      List<String> historicos) {
    this.base = base;
    this.filtros = filtros;
    this.lectura = new ArrayList<>(abiertas.porEvaluar());
    this.lectura.addAll(abiertas.porDiagnosticar());
    this.porCompletar = new ConcurrentLinkedQueue<>(abiertas.porAsignar());
    this.historicos = historicos;
    this.abiertos = abiertas.codigos();
  }

  /**
   * La siguiente petición, al azar según los pesos de {@link Clase} (semilla fija: la misma
   * secuencia cada vez).
   */
  CargaAbierta.Peticion siguiente() {
    int tiro = azar.nextInt(100);
    Clase clase = Clase.values()[0];
    for (Clase c : Clase.values()) {
      if (tiro < c.peso) {
        clase = c;
        break;
      }
      tiro -= c.peso;
    }
    return de(clase);
  }

  /**
   * Una petición de esta clase (completar, si ya no quedan tareas por asignar, se vuelve un
   * conteo).
   */
  CargaAbierta.Peticion de(Clase clase) {
    Clase efectiva =
        clase == Clase.COMPLETAR && porCompletar.isEmpty() ? Clase.CONTEO_FILTRO : clase;
    return new CargaAbierta.Peticion(efectiva, peticion(efectiva));
  }

  private HttpRequest peticion(Clase clase) {
    return switch (clase) {
      case LISTA_FILTRO -> {
        String[] uf = FILTROS_POR_USUARIO.get(azar.nextInt(FILTROS_POR_USUARIO.size()));
        yield como(
                uf[0], "/engine-rest/filter/" + filtro(uf[1]) + "/list?firstResult=0&maxResults=15")
            .header("Accept", "application/hal+json, application/json; q=0.5")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(CUERPO_LISTA))
            .build();
      }
      case CONTEO_FILTRO -> {
        String[] uf = FILTROS_POR_USUARIO.get(azar.nextInt(FILTROS_POR_USUARIO.size()));
        yield como(uf[0], "/engine-rest/filter/" + filtro(uf[1]) + "/count").GET().build();
      }
      case FORMULARIO -> {
        Muestra.Tarea tarea = lectura.get(azar.nextInt(lectura.size()));
        yield como(tarea.usuario(), "/engine-rest/task/" + tarea.id() + "/deployed-form")
            .GET()
            .build();
      }
      case VARIABLES -> {
        Muestra.Tarea tarea = lectura.get(azar.nextInt(lectura.size()));
        yield como(
                tarea.usuario(),
                "/engine-rest/task/" + tarea.id() + "/form-variables?deserializeValues=false")
            .GET()
            .build();
      }
      case COMPLETAR -> {
        Muestra.Tarea tarea = porCompletar.poll();
        String tecnico = Muestra.TECNICOS.get(azar.nextInt(Muestra.TECNICOS.size()));
        yield como(tarea.usuario(), "/engine-rest/task/" + tarea.id() + "/submit-form")
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"variables\":{\"tecnico\":{\"value\":\""
                        + tecnico
                        + "\",\"type\":\"String\"}}}"))
            .build();
      }
      case CREAR_TICKET -> {
        int n = ++creados;
        yield como("asistente", "/api/tickets")
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"tipo\":\"INCIDENCIA\",\"servicio\":\"IMPRESORA\",\"canal\":\"TELEFONO\","
                        + "\"solicitante\":\"carga"
                        + n
                        + "@osce.gob.pe\",\"asunto\":\"La impresora del piso "
                        + (n % 9)
                        + " atasca papel\",\"descripcion\":\"Se atasca en cada hoja desde esta mañana.\"}"))
            .build();
      }
      case CONSULTAR_TICKET -> {
        List<String> codigos = azar.nextInt(5) < 4 ? historicos : abiertos;
        String usuario = azar.nextBoolean() ? "asistente" : "tecnico1";
        yield como(usuario, "/api/tickets/" + codigos.get(azar.nextInt(codigos.size())))
            .GET()
            .build();
      }
    };
  }

  private String filtro(String nombre) {
    String id = filtros.get(nombre);
    if (id == null) {
      throw new IllegalStateException("No existe el filtro «" + nombre + "»");
    }
    return id;
  }

  private HttpRequest.Builder como(String usuario, String ruta) {
    String credencial =
        Base64.getEncoder().encodeToString((usuario + ":demo").getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create(base + ruta))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", "Basic " + credencial);
  }
}
