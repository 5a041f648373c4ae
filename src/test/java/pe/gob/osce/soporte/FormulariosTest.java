package pe.gob.osce.soporte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tasklist lee los formularios de forms/ (form-js 1.8, schemaVersion 16) y sus claves se vuelven
 * las variables del proceso de las que dependen los modelos y los listeners: una clave renombrada
 * rompe una compuerta sin avisar.
 */
class FormulariosTest {

  private static final Path FORMULARIOS = Path.of("forms");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Componentes que envían un valor (campos "keyed" de form-js). */
  private static final Set<String> ENTRADAS =
      Set.of(
          "textfield",
          "textarea",
          "number",
          "checkbox",
          "checklist",
          "radio",
          "select",
          "taglist",
          "datetime");

  /**
   * Etiquetas que form-js pone por defecto a los campos nuevos: si quedan, el campo no se tradujo.
   */
  private static final Set<String> ETIQUETAS_POR_DEFECTO =
      Set.of(
          "text field",
          "text area",
          "checkbox",
          "checklist",
          "radio group",
          "select",
          "number",
          "tag list",
          "date time",
          "value",
          "label");

  /** Palabras castellanas que deben llevar su tilde dondequiera que las lea un usuario. */
  private static final Pattern SIN_TILDE =
      Pattern.compile(
          "\\b(tecnico|codigo|organo|atencion|descripcion|telefono|electronico|asignacion|solucion|diagnostico"
              + "|validacion|configuracion|derivacion|informacion|guia|proveido|organica)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Map<String, List<String>> VARIABLES_DEL_CONTRATO =
      Map.ofEntries(
          Map.entry(
              "Start_TicketRecibido",
              List.of(
                  "tipo",
                  "servicio",
                  "canal",
                  "solicitante",
                  "asunto",
                  "descripcion",
                  "codigoPatrimonial")),
          Map.entry(
              "A01_ClasificarTicket", List.of("tipo", "servicio", "asunto", "codigoPatrimonial")),
          Map.entry("A02_AsignarTecnico", List.of("tecnico")),
          Map.entry("A03_EvaluarAtencion", List.of("modoAtencion")),
          Map.entry(
              "A04_AtenderRemoto",
              List.of("solucionado", "cambioEquipo", "detalleAtencion", "validacionSolicitada")),
          Map.entry(
              "A05_AtenderTelefono", List.of("solucionado", "cambioEquipo", "detalleAtencion")),
          Map.entry(
              "A06_AtenderPresencial", List.of("solucionado", "cambioEquipo", "detalleAtencion")),
          Map.entry(
              "A08_SolicitarAtencionTerceros",
              List.of("proveedor", "correoProveedor", "motivoEscalamiento")),
          Map.entry("A09_TomarConocimiento", List.of("informeProveedor")),
          Map.entry(
              "A10_RegistrarCargo",
              List.of(
                  "equiposAsignados",
                  "equiposRetirados",
                  "trasladoEntreSedes",
                  "sedeOrigen",
                  "sedeDestino",
                  "organoUnidad",
                  "servidor")),
          Map.entry("A12_CerrarTicket", List.of("devolucionEquipo", "equiposDevueltos")),
          Map.entry("A13_InformarAsignacion", List.of("proveidoSgd")),
          Map.entry("A14_DerivarCargosPatrimonio", List.of("documentoSgd")),
          Map.entry("Start_EquipoDevuelto", List.of("codigoPatrimonial", "ticket")),
          Map.entry("Start_ErrorProveedorReportado", List.of("codigoTicket", "detalle")),
          Map.entry("A15_Diagnosticar", List.of("operativo", "diagnostico")),
          Map.entry(
              "A16_Formatear",
              List.of(
                  "respaldoRealizado",
                  "carpetaRespaldo",
                  "tipoBien",
                  "formateoLogico",
                  "ntfsDosParticiones",
                  "ipPorDhcp",
                  "administradorLocalConClave",
                  "nombreEquipoCodigoPatrimonial",
                  "serviciosInnecesariosDeshabilitados",
                  "softwareBaseInstalado",
                  "formateoBajoNivel",
                  "motivoBajoNivel")),
          Map.entry("A17_GuardarAlmacen", List.of("ubicacionAlmacen")),
          Map.entry("A17_RevisarEstado", List.of("estadoAlmacen", "observaciones")),
          Map.entry("A18_RevisarObsolescencia", List.of("obsoleto", "sustentoObsolescencia")),
          Map.entry("A20_ElaborarInformeBaja", List.of("informeBaja")),
          Map.entry("A21_EmitirInformeBaja", List.of("documentoSgdOti")),
          Map.entry("A22_SolicitarBajaOAD", List.of("documentoSgdOad")),
          Map.entry("Start_MantenimientoSolicitado", List.of("tipoEquipo")),
          Map.entry("A23_ConfirmarEjecucion", List.of("fechaEjecucion", "equiposAtendidos")),
          Map.entry(
              "A24_VerificarMantenimiento",
              List.of("erroresDetectados", "equiposConErrores", "resultadoVerificacion")));

  /**
   * Los formularios del ciclo de vida muestran la ficha del equipo (tipo, marca, modelo, serie,
   * titular, historia).
   */
  private static final List<String> FORMULARIOS_CON_FICHA =
      List.of(
          "A15_Diagnosticar",
          "A16_Formatear",
          "A17_GuardarAlmacen",
          "A17_RevisarEstado",
          "A18_RevisarObsolescencia");

  /**
   * Las tareas del informe de baja (bajaBienes) muestran la relación de todos sus bienes y enlazan
   * su PDF.
   */
  private static final List<String> FORMULARIOS_CON_RELACION =
      List.of("A20_ElaborarInformeBaja", "A21_EmitirInformeBaja", "A22_SolicitarBajaOAD");

  /**
   * Los 23 códigos del catálogo de servicios (contrato de los procesos), tal como debe enviarlos el
   * formulario de inicio.
   */
  private static final Set<String> CATALOGO_DE_SERVICIOS =
      Set.of(
          "CPU_LAPTOP",
          "EQUIPOS_MULTIMEDIA",
          "IMPRESORA",
          "MONITOR",
          "MOUSE",
          "SCANNER",
          "TECLADO",
          "TELEFONO",
          "COMISIONES",
          "DESPLAZAMIENTOS",
          "INFORMES",
          "REMOTO",
          "ACTIVE_DIRECTORY",
          "ANTISPAM",
          "CONECTIVIDAD",
          "CORREO",
          "RECURSOS_COMPARTIDOS",
          "PORTAL_OSCE",
          "PROGRAMAS",
          "SGD",
          "SIAF",
          "SIGA_MEF",
          "SPIJ");

  static Stream<Path> formularios() throws IOException {
    try (Stream<Path> archivos = Files.list(FORMULARIOS)) {
      return archivos.filter(p -> p.toString().endsWith(".form")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("formularios")
  void elFormularioLlevaElIdDeSuElementoYLoLeeTasklist(Path archivo) throws IOException {
    JsonNode formulario = leer(archivo);
    assertThat(formulario.path("id").asText()).isEqualTo("Form_" + nombreBase(archivo));
    assertThat(formulario.path("type").asText()).isEqualTo("default");
    assertThat(formulario.path("executionPlatform").asText()).isEqualTo("Camunda Platform");
    assertThat(formulario.path("executionPlatformVersion").asText()).startsWith("7.24");
    // form-js 1.8, la versión que trae Tasklist 7.24, lee esquemas hasta la versión 16.
    assertThat(formulario.path("schemaVersion").asInt()).isBetween(1, 16);
  }

  @ParameterizedTest
  @MethodSource("formularios")
  void cadaCampoTieneClaveUnicaYEtiquetaEnEspanol(Path archivo) throws IOException {
    List<JsonNode> componentes = componentes(leer(archivo));
    Set<String> ids = new HashSet<>();
    Set<String> claves = new HashSet<>();
    for (JsonNode componente : componentes) {
      assertThat(ids.add(componente.path("id").asText())).as("id repetido %s", componente).isTrue();
      if (ENTRADAS.contains(componente.path("type").asText())) {
        String clave = componente.path("key").asText();
        String etiqueta = componente.path("label").asText().strip();
        assertThat(clave).as("clave de %s", componente.path("id")).isNotBlank();
        assertThat(claves.add(clave)).as("clave repetida %s", clave).isTrue();
        assertThat(etiqueta).as("etiqueta de %s", clave).isNotBlank();
        assertThat(ETIQUETAS_POR_DEFECTO)
            .as("etiqueta de %s", clave)
            .doesNotContain(etiqueta.toLowerCase());
      }
    }
  }

  @ParameterizedTest
  @MethodSource("formularios")
  void losTextosVisiblesLlevanTildes(Path archivo) throws IOException {
    for (JsonNode componente : componentes(leer(archivo))) {
      List<String> textos = new ArrayList<>();
      Stream.of("label", "description", "text")
          .forEach(campo -> textos.add(componente.path(campo).asText()));
      componente.path("values").forEach(opcion -> textos.add(opcion.path("label").asText()));
      for (String texto : textos) {
        String visible = texto.replaceAll("\\{\\{.*?}}", " "); // sin variables ni expresiones FEEL
        Matcher sinTilde = SIN_TILDE.matcher(visible);
        if (sinTilde.find()) {
          fail("Falta la tilde en «%s» (%s)", sinTilde.group(), componente.path("id").asText());
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("formularios")
  void lasPreguntasSiNoEnvianBooleanos(Path archivo) throws IOException {
    for (JsonNode radio : componentes(leer(archivo))) {
      if (radio.path("type").asText().equals("radio")) {
        List<String> opciones = new ArrayList<>();
        radio
            .path("values")
            .forEach(o -> opciones.add(o.path("label").asText() + "=" + o.path("value")));
        // Booleanos JSON, para que Tasklist envíe variables Boolean que compuertas como
        // ${solucionado} puedan leer.
        assertThat(opciones)
            .as("opciones de %s", radio.path("key").asText())
            .containsExactly("Sí=true", "No=false");
      }
    }
  }

  @Test
  void cadaFormularioFijaLasVariablesDelContrato() throws IOException {
    VARIABLES_DEL_CONTRATO.forEach(
        (elemento, variables) -> {
          Path archivo = FORMULARIOS.resolve(elemento + ".form");
          assertThat(archivo).exists();
          assertThat(claves(leer(archivo))).as(elemento).containsAll(variables);
        });
  }

  @Test
  void elFormularioDeInicioOfreceTodoElCatalogoYLosValoresQueEsperaElModelo() throws IOException {
    JsonNode inicio = leer(FORMULARIOS.resolve("Start_TicketRecibido.form"));
    assertThat(opciones(inicio, "servicio"))
        .containsExactlyInAnyOrderElementsOf(CATALOGO_DE_SERVICIOS);
    assertThat(opciones(inicio, "tipo")).containsExactlyInAnyOrder("INCIDENCIA", "REQUERIMIENTO");
    assertThat(opciones(inicio, "canal")).containsExactlyInAnyOrder("CORREO", "TELEFONO");
    assertThat(opciones(leer(FORMULARIOS.resolve("A03_EvaluarAtencion.form")), "modoAtencion"))
        .containsExactlyInAnyOrder("REMOTA", "TELEFONICA", "PRESENCIAL");
  }

  @Test
  void elTecnicoSeEligeDeLaListaQuePreparaElServidor() throws IOException {
    JsonNode tecnico = campo(leer(FORMULARIOS.resolve("A02_AsignarTecnico.form")), "tecnico");
    assertThat(tecnico.path("type").asText()).isEqualTo("select");
    assertThat(tecnico.path("valuesKey").asText()).isEqualTo("tecnicosDisponibles");
    assertThat(tecnico.path("validate").path("required").asBoolean()).isTrue();
  }

  @Test
  void laCoordinacionDelMantenimientoRegistraElMedioYSubeElPlanDeTrabajo() throws IOException {
    String html =
        Files.readString(
            FORMULARIOS.resolve("A23_CoordinarMantenimiento.html"), StandardCharsets.UTF_8);
    List<String> entradas = new ArrayList<>();
    Matcher entrada = Pattern.compile("<input\\b[^>]*>", Pattern.DOTALL).matcher(html);
    while (entrada.find()) {
      entradas.add(entrada.group());
    }
    assertThat(entradas)
        .filteredOn(e -> e.contains("type=\"file\""))
        .singleElement()
        .asString()
        .contains(
            "cam-variable-name=\"planTrabajo\"", "cam-variable-type=\"File\"", "cam-max-filesize=")
        .contains("accept=\"application/pdf,.pdf\"");
    for (String variable :
        List.of("proveedor", "fechaProgramada", "medioCoordinacion", "correoProveedor")) {
      assertThat(entradas)
          .as(variable)
          .anyMatch(e -> e.contains("cam-variable-name=\"" + variable + "\""));
    }
    assertThat(entradas)
        .filteredOn(e -> e.contains("cam-variable-name=\"medioCoordinacion\""))
        .extracting(e -> e.replaceAll("(?s).*value=\"([A-Z]+)\".*", "$1"))
        .containsExactly("CORREO", "TELEFONO");
    assertThat(Path.of("forms", "A23_CoordinarMantenimiento.form")).doesNotExist();
  }

  @Test
  void elCargoFirmadoSeSubeComoArchivoEnElFormularioEmbebido() throws IOException {
    String html =
        Files.readString(FORMULARIOS.resolve("A11_GuardarCargo.html"), StandardCharsets.UTF_8);
    Matcher entradas = Pattern.compile("<input\\b[^>]*>", Pattern.DOTALL).matcher(html);
    List<String> archivos = new ArrayList<>();
    while (entradas.find()) {
      String entrada = entradas.group();
      if (entrada.contains("type=\"file\"")) {
        archivos.add(entrada);
      }
    }
    assertThat(archivos).hasSize(2);
    assertThat(archivos.get(0))
        .contains(
            "cam-variable-name=\"cargoFirmado\"", "cam-variable-type=\"File\"", "cam-max-filesize=")
        .contains("accept=\"application/pdf,.pdf\"");
    // Actividad 11 "… y el Formato de Traslado": el segundo PDF se muestra solo con traslado entre
    // sedes.
    assertThat(archivos.get(1))
        .contains(
            "cam-variable-name=\"trasladoFirmado\"",
            "cam-variable-type=\"File\"",
            "cam-max-filesize=")
        .contains("accept=\"application/pdf,.pdf\"");
    assertThat(html)
        .contains("ng-show=\"cargo.trasladoEntreSedes === true\"", "'trasladoEntreSedes'");
  }

  @Test
  void cadaTareaDelCicloDeVidaMuestraLaFichaDelEquipo() {
    for (String elemento : FORMULARIOS_CON_FICHA) {
      List<String> textos =
          componentes(leer(FORMULARIOS.resolve(elemento + ".form"))).stream()
              .map(c -> c.path("text").asText())
              .toList();
      assertThat(textos)
          .as(elemento)
          .anySatisfy(t -> assertThat(t).contains("{{codigoPatrimonial}}", "{{fichaEquipo}}"));
    }
  }

  @Test
  void cadaTareaDelInformeDeBajaMuestraLaRelacionDeBienes() {
    for (String elemento : FORMULARIOS_CON_RELACION) {
      String textos =
          componentes(leer(FORMULARIOS.resolve(elemento + ".form"))).stream()
              .map(c -> c.path("text").asText())
              .reduce("", String::concat);
      assertThat(textos).as(elemento).contains("{{numeroInformeBaja}}", "{{relacionBienes}}");
      if (!elemento.startsWith("A20")) {
        assertThat(textos).as(elemento).contains("(/api/informes-baja/{{numeroInformeBaja}})");
      }
    }
  }

  @Test
  void elInicioDelInformeDeBajaEligeLosBienesDeLaListaDePendientes() throws IOException {
    String html =
        Files.readString(FORMULARIOS.resolve("Start_BajaBienes.html"), StandardCharsets.UTF_8);
    assertThat(html).contains("fetch('/api/equipos/pendientes-baja'", "type=\"checkbox\"");
    Matcher variable =
        Pattern.compile("<input\\b[^>]*cam-variable-name=\"bienes\"[^>]*>", Pattern.DOTALL)
            .matcher(html);
    assertThat(variable.find()).isTrue();
    assertThat(variable.group())
        .contains("cam-variable-type=\"String\"", "required", "ng-model=\"seleccion\"");
  }

  @Test
  void elFormateoExigeElRespaldoYOfreceElBajoNivelSoloPorSusMotivos() {
    JsonNode formateo = leer(FORMULARIOS.resolve("A16_Formatear.form"));
    JsonNode respaldo = campo(formateo, "respaldoRealizado");
    assertThat(respaldo.path("type").asText()).isEqualTo("checkbox");
    assertThat(respaldo.path("validate").path("required").asBoolean()).isTrue();
    assertThat(respaldo.path("label").asText()).contains("carpeta compartida");
    assertThat(opciones(formateo, "tipoBien"))
        .containsExactlyInAnyOrder("EQUIPO", "MEDIO_EXTRAIBLE");
    assertThat(opciones(formateo, "motivoBajoNivel"))
        .containsExactlyInAnyOrder("LECTURA_ESCRITURA", "BAJO_RENDIMIENTO");
    assertThat(campo(formateo, "motivoBajoNivel").path("conditional").path("hide").asText())
        .contains("formateoBajoNivel");
    assertThat(campo(formateo, "softwareBaseInstalado").path("label").asText())
        .contains("\\\\consucode.gob.pe\\osce\\instaladores");
    assertThat(opciones(leer(FORMULARIOS.resolve("A17_RevisarEstado.form")), "estadoAlmacen"))
        .containsExactlyInAnyOrder("OPERATIVO", "MALOGRADO");
    assertThat(
            opciones(leer(FORMULARIOS.resolve("Start_MantenimientoSolicitado.form")), "tipoEquipo"))
        .containsExactlyInAnyOrder("CPU", "IMPRESORA");
  }

  @Test
  void lasFechasDelMantenimientoSeEligenEnUnCalendario() throws IOException {
    String coordinacion =
        Files.readString(
            FORMULARIOS.resolve("A23_CoordinarMantenimiento.html"), StandardCharsets.UTF_8);
    assertThat(coordinacion)
        .containsPattern(
            "id=\"fechaProgramada\"[^>]*placeholder=\"AAAA-MM-DD\"[^>]*"
                + "cam-variable-name=\"fechaProgramada\" cam-variable-type=\"String\"");
    // La ejecución lleva fecha y hora (hora de Lima, sin zona): de ese momento corren las 48 horas
    // (actividad 24).
    JsonNode ejecucion =
        campo(leer(FORMULARIOS.resolve("A23_ConfirmarEjecucion.form")), "fechaEjecucion");
    assertThat(ejecucion.path("type").asText()).isEqualTo("datetime");
    assertThat(ejecucion.path("subtype").asText()).isEqualTo("datetime");
    assertThat(ejecucion.path("timeSerializingFormat").asText()).isEqualTo("no_timezone");
    assertThat(ejecucion.path("dateLabel").asText()).isNotBlank();
    assertThat(ejecucion.path("timeLabel").asText()).isNotBlank();
  }

  @Test
  void elReporteDeMantenimientoSeSubeComoArchivoEnElFormularioEmbebido() throws IOException {
    String html =
        Files.readString(FORMULARIOS.resolve("A25_ArchivarReporte.html"), StandardCharsets.UTF_8);
    Matcher entradas =
        Pattern.compile("<input\\b[^>]*type=\"file\"[^>]*>", Pattern.DOTALL).matcher(html);
    assertThat(entradas.find()).isTrue();
    assertThat(entradas.group())
        .contains(
            "cam-variable-name=\"reporteMantenimiento\"",
            "cam-variable-type=\"File\"",
            "cam-max-filesize=")
        .contains("accept=\"application/pdf,.pdf\"");
    assertThat(entradas.find()).as("un solo archivo").isFalse();
  }

  private static JsonNode leer(Path archivo) {
    try {
      return JSON.readTree(archivo.toFile());
    } catch (IOException e) {
      throw new IllegalStateException("No se pudo leer " + archivo, e);
    }
  }

  private static String nombreBase(Path archivo) {
    String nombre = archivo.getFileName().toString();
    return nombre.substring(0, nombre.lastIndexOf('.'));
  }

  /** Todos los componentes, incluidos los anidados en grupos. */
  private static List<JsonNode> componentes(JsonNode contenedor) {
    List<JsonNode> todos = new ArrayList<>();
    for (JsonNode componente : contenedor.path("components")) {
      todos.add(componente);
      todos.addAll(componentes(componente));
    }
    return todos;
  }

  private static Set<String> claves(JsonNode formulario) {
    Set<String> claves = new HashSet<>();
    componentes(formulario)
        .forEach(
            c -> {
              if (c.hasNonNull("key")) {
                claves.add(c.get("key").asText());
              }
            });
    return claves;
  }

  private static JsonNode campo(JsonNode formulario, String clave) {
    return componentes(formulario).stream()
        .filter(c -> clave.equals(c.path("key").asText()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("Falta el campo " + clave));
  }

  private static List<String> opciones(JsonNode formulario, String clave) {
    List<String> valores = new ArrayList<>();
    campo(formulario, clave)
        .path("values")
        .forEach(opcion -> valores.add(opcion.path("value").asText()));
    return valores;
  }
}
