package pe.gob.osce.soporte.config;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.core.io.ClassPathResource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import pe.gob.osce.soporte.cargo.ConsolidacionPatrimonioProceso;
import pe.gob.osce.soporte.equipo.BajaBienesProceso;
import pe.gob.osce.soporte.equipo.CicloVidaEquipoProceso;
import pe.gob.osce.soporte.mantenimiento.MantenimientoEquiposProceso;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso;
import pe.gob.osce.soporte.ticket.ReportarErrorProveedorProceso;

/**
 * Revisa un modelo BPMN antes de aceptarlo: cada delegate o listener nombrado existe en el
 * servicio, cada formulario existe (en el mismo despliegue o, con binding {@code latest}, en uno
 * anterior), no falta ningún elemento del que depende el código (las constantes de las clases de
 * contrato que también están en el modelo empaquetado) y cada proceso tiene tiempo de vida del
 * historial. Devuelve un mensaje en castellano por problema.
 */
final class RevisionModelos {

  static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  private static final List<Class<?>> CONTRATOS =
      List.of(
          AtencionTicketProceso.class,
          CicloVidaEquipoProceso.class,
          BajaBienesProceso.class,
          MantenimientoEquiposProceso.class,
          ConsolidacionPatrimonioProceso.class,
          ReportarErrorProveedorProceso.class);

  /** {@code ${bean}} o {@code ${bean.metodo(...)}}: el primer nombre es el bean. */
  private static final Pattern BEAN = Pattern.compile("^[#$]\\{\\s*([A-Za-z_][A-Za-z0-9_]*)");

  private static final String EMBEBIDO = "embedded:deployment:";

  /** Un problema: el recurso y el elemento donde está, y el mensaje. */
  record Problema(String recurso, String elemento, String mensaje) {}

  private final BeanFactory beans;
  private final Map<String, Set<String>> idsDelContrato;

  RevisionModelos(BeanFactory beans) {
    this.beans = beans;
    this.idsDelContrato = idsDelContrato();
  }

  /**
   * @param formularioAnterior si un formulario de Camunda (por id) existe en un despliegue anterior
   * @param formularios ids de los formularios de Camunda de este despliegue
   * @param recursos nombres de los recursos de este despliegue
   */
  List<Problema> revisar(
      String recurso,
      byte[] modelo,
      Set<String> formularios,
      Set<String> recursos,
      Predicate<String> formularioAnterior) {
    List<Problema> problemas = new ArrayList<>();
    Document documento;
    try {
      documento = leer(new ByteArrayInputStream(modelo));
    } catch (IOException | SAXException | ParserConfigurationException e) {
      return List.of(new Problema(recurso, "", "no es un XML BPMN legible: " + e.getMessage()));
    }
    NodeList procesos = documento.getElementsByTagNameNS(BPMN, "process");
    for (int i = 0; i < procesos.getLength(); i++) {
      Element proceso = (Element) procesos.item(i);
      String clave = proceso.getAttribute("id");
      if (proceso.getAttributeNS(CAMUNDA, "historyTimeToLive").isBlank()) {
        problemas.add(
            new Problema(
                recurso,
                clave,
                "el proceso no tiene tiempo de vida del historial (History cleanup → Time to live, por ejemplo P1825D)"));
      }
      Set<String> ids = idsDe(proceso);
      for (String falta : idsDelContrato.getOrDefault(clave, Set.of())) {
        if (!ids.contains(falta)) {
          problemas.add(
              new Problema(
                  recurso,
                  falta,
                  "falta el elemento "
                      + falta
                      + ", del que depende el servicio en el proceso "
                      + clave
                      + "; conserve su id (ID en el panel de propiedades)"));
        }
      }
    }
    NodeList todos = documento.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < todos.getLength(); i++) {
      Element elemento = (Element) todos.item(i);
      String donde = idCercano(elemento);
      String delegado = atributo(elemento, "delegateExpression");
      if (!delegado.isBlank()) {
        Matcher bean = BEAN.matcher(delegado);
        if (bean.find() && !beans.containsBean(bean.group(1))) {
          String tipo =
              CAMUNDA.equals(elemento.getNamespaceURI()) ? "el listener " : "el delegate ";
          problemas.add(
              new Problema(recurso, donde, tipo + delegado + " no existe en el servicio"));
        }
      }
      String clase = atributo(elemento, "class");
      if (!clase.isBlank() && !existeClase(clase)) {
        problemas.add(
            new Problema(recurso, donde, "la clase " + clase + " no existe en el servicio"));
      }
      String formulario = elemento.getAttributeNS(CAMUNDA, "formRef");
      if (!formulario.isBlank() && !formularios.contains(formulario)) {
        String binding = elemento.getAttributeNS(CAMUNDA, "formRefBinding");
        if ("deployment".equals(binding)) {
          problemas.add(
              new Problema(
                  recurso,
                  donde,
                  "el formulario "
                      + formulario
                      + " no está en este despliegue (binding «deployment»): inclúyalo o use el binding «latest»"));
        } else if (!formularioAnterior.test(formulario)) {
          problemas.add(
              new Problema(
                  recurso,
                  donde,
                  "el formulario "
                      + formulario
                      + " no existe ni en este despliegue ni en uno anterior"));
        }
      }
      String clave = elemento.getAttributeNS(CAMUNDA, "formKey");
      if (clave.startsWith(EMBEBIDO) && !recursos.contains(clave.substring(EMBEBIDO.length()))) {
        problemas.add(
            new Problema(
                recurso,
                donde,
                "el formulario embebido "
                    + clave.substring(EMBEBIDO.length())
                    + " no está en este despliegue: inclúyalo junto al modelo"));
      }
      if (clave.startsWith(FormulariosEmbebidos.PREFIJO)
          && !servido(clave.substring(FormulariosEmbebidos.PREFIJO.length()))) {
        problemas.add(
            new Problema(
                recurso,
                donde,
                "el formulario embebido "
                    + clave.substring("embedded:".length())
                    + " no existe en el servicio; los que hay están en la carpeta forms/ (por ejemplo "
                    + FormulariosEmbebidos.PREFIJO
                    + "A11_GuardarCargo.html)"));
      }
    }
    return problemas;
  }

  /**
   * Si el servicio sirve ese formulario HTML ({@link FormulariosEmbebidos}); solo un nombre de
   * archivo .html.
   */
  private static boolean servido(String archivo) {
    return archivo.matches("[A-Za-z0-9_-]+\\.html")
        && new ClassPathResource(FormulariosEmbebidos.CARPETA + archivo).exists();
  }

  /**
   * En los elementos de Camunda (listeners) el atributo va sin prefijo; en los de BPMN, con {@code
   * camunda:}.
   */
  private static String atributo(Element elemento, String nombre) {
    return CAMUNDA.equals(elemento.getNamespaceURI())
        ? elemento.getAttribute(nombre)
        : elemento.getAttributeNS(CAMUNDA, nombre);
  }

  private static Set<String> idsDe(Element proceso) {
    Set<String> ids = new LinkedHashSet<>();
    NodeList hijos = proceso.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < hijos.getLength(); i++) {
      String id = ((Element) hijos.item(i)).getAttribute("id");
      if (!id.isBlank()) {
        ids.add(id);
      }
    }
    return ids;
  }

  private static String idCercano(Element elemento) {
    for (Node nodo = elemento; nodo instanceof Element e; nodo = nodo.getParentNode()) {
      if (!e.getAttribute("id").isBlank()) {
        return e.getAttribute("id");
      }
    }
    return "";
  }

  private static boolean existeClase(String nombre) {
    try {
      Class.forName(nombre, false, RevisionModelos.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /** Por clave de proceso: las constantes del contrato que son ids del modelo empaquetado. */
  private static Map<String, Set<String>> idsDelContrato() {
    Map<String, Set<String>> porClave = new HashMap<>();
    for (Class<?> contrato : CONTRATOS) {
      Set<String> constantes = new LinkedHashSet<>();
      constantes(contrato, constantes);
      String clave = constantes.stream().findFirst().orElseThrow();
      ClassPathResource empaquetado = new ClassPathResource("bpmn/" + clave + ".bpmn");
      try (InputStream entrada = empaquetado.getInputStream()) {
        Document documento = leer(entrada);
        NodeList procesos = documento.getElementsByTagNameNS(BPMN, "process");
        for (int i = 0; i < procesos.getLength(); i++) {
          Element proceso = (Element) procesos.item(i);
          if (clave.equals(proceso.getAttribute("id"))) {
            Set<String> ids = idsDe(proceso);
            ids.retainAll(constantes);
            porClave.put(clave, ids);
          }
        }
      } catch (IOException | SAXException | ParserConfigurationException e) {
        throw new IllegalStateException(
            "No se pudo leer el modelo empaquetado " + empaquetado.getPath(), e);
      }
    }
    return Map.copyOf(porClave);
  }

  /**
   * CLAVE primero, luego los ids de {@code Elementos}: la forma única de las clases de contrato.
   */
  private static void constantes(Class<?> contrato, Set<String> valores) {
    try {
      valores.add((String) contrato.getField("CLAVE").get(null));
      for (Class<?> anidada : contrato.getClasses()) {
        if (anidada.getSimpleName().equals("Elementos")) {
          for (Field campo : anidada.getFields()) {
            if (Modifier.isStatic(campo.getModifiers()) && campo.getType() == String.class) {
              valores.add((String) campo.get(null));
            }
          }
        }
      }
    } catch (NoSuchFieldException | IllegalAccessException e) {
      throw new IllegalStateException(
          "La clase de contrato " + contrato.getSimpleName() + " no tiene la forma esperada", e);
    }
  }

  private static Document leer(InputStream entrada)
      throws IOException, SAXException, ParserConfigurationException {
    DocumentBuilderFactory fabrica = DocumentBuilderFactory.newInstance();
    fabrica.setNamespaceAware(true);
    fabrica.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    fabrica.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return fabrica.newDocumentBuilder().parse(entrada);
  }
}
