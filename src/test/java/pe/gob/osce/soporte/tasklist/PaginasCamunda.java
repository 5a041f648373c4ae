package pe.gob.osce.soporte.tasklist;

import static pe.gob.osce.soporte.tasklist.Pantalla.literal;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Lo que una persona hace en Tasklist y Cockpit: ingresar, abrir un filtro, tomar una tarea,
 * iniciar un proceso, completar, buscar una instancia por su código. Los formularios se llenan con
 * {@link #formulario()}. Las pruebas de navegador se escriben con estos pasos.
 */
public final class PaginasCamunda {

  private static final By USUARIO = By.cssSelector("input[ng-model=username]");
  private static final By CLAVE = By.cssSelector("input[ng-model=password]");
  private static final By COMPLETAR =
      By.xpath("//*[contains(@class,'task-details')]//button[normalize-space(.)='Completar']");
  private static final By TOMAR =
      By.xpath(
          "//*[contains(@class,'task-details')]//*[self::a or self::button][normalize-space(.)='Tomar']");
  private static final By AVISO_ERROR = By.cssSelector(".notifications .alert-danger");

  private final Pantalla pantalla;
  private final FormularioCamunda formulario;
  private final String base;

  public PaginasCamunda(ChromeDriver driver, String base) {
    this.pantalla = new Pantalla(driver);
    this.formulario = new FormularioCamunda(pantalla);
    this.base = base;
  }

  public Pantalla pantalla() {
    return pantalla;
  }

  public FormularioCamunda formulario() {
    return formulario;
  }

  // --- Ingreso --------------------------------------------------------------------------------

  /**
   * Cierra la sesión anterior y entra a la aplicación (tasklist, cockpit) por su página de ingreso.
   */
  public void ingresar(String aplicacion, String usuario) {
    for (int intento = 0; ; intento++) {
      abrirIngreso(aplicacion);
      // La página termina de iniciarse mientras se escribe (autofocus): se escribe hasta que ambos
      // campos quedan bien.
      pantalla.espera.until(
          d -> {
            WebElement nombre = d.findElement(USUARIO);
            WebElement clave = d.findElement(CLAVE);
            Pantalla.escribirEn(nombre, usuario);
            Pantalla.escribirEn(clave, "demo");
            return usuario.equals(nombre.getAttribute("value"))
                && "demo".equals(clave.getAttribute("value"));
          });
      pantalla.driver.findElement(By.cssSelector("button[type=submit]")).click();
      // Con la máquina cargada, la página a veces envía el ingreso con la ficha anti-CSRF de la
      // sesión
      // anterior y Camunda responde 403 ("No se pudo ingresar"): se vuelve a abrir el ingreso, como
      // la persona.
      ExpectedCondition<Boolean> adentro = ExpectedConditions.invisibilityOfElementLocated(USUARIO);
      pantalla.espera.until(d -> adentro.apply(d) || !d.findElements(AVISO_ERROR).isEmpty());
      if (adentro.apply(pantalla.driver)) {
        return;
      }
      if (intento == 2) {
        throw new AssertionError(
            "Tasklist no dejó ingresar a " + usuario + ": " + pantalla.textosVisibles(AVISO_ERROR));
      }
      pantalla.guardarEstado("ingreso-rechazado-" + usuario + "-" + intento);
    }
  }

  /**
   * La página de ingreso, sin sesión. Si la aplicación no termina de arrancar, se recarga como lo
   * haría la persona.
   */
  public void abrirIngreso(String aplicacion) {
    pantalla.driver.get(base + "/camunda/app/welcome/default/");
    pantalla.driver.manage().deleteAllCookies();
    pantalla.driver.get("about:blank");
    pantalla.driver.get(base + "/camunda/app/" + aplicacion + "/default/");
    for (int intento = 0; ; intento++) {
      try {
        new WebDriverWait(pantalla.driver, Duration.ofSeconds(10))
            .until(ExpectedConditions.visibilityOfElementLocated(USUARIO));
        return;
      } catch (TimeoutException e) {
        if (intento == 2) {
          throw e;
        }
        pantalla.guardarEstado("sin-arrancar-" + aplicacion + "-" + intento);
        pantalla.driver.navigate().refresh();
      }
    }
  }

  // --- Tasklist -------------------------------------------------------------------------------

  public List<String> filtros() {
    pantalla.esperarVisible(By.cssSelector(".task-filter .name a"));
    return pantalla.driver.findElements(By.cssSelector(".task-filter .name a")).stream()
        .map(a -> a.getText().replaceAll("\\s*\\d+$", "").trim())
        .toList();
  }

  public void abrirFiltro(String nombre) {
    pantalla.clic(
        By.xpath(
            "//div[contains(@class,'task-filter')]//h4[contains(@class,'name')]/a[contains(normalize-space(.), "
                + literal(nombre)
                + ")]"));
    pantalla.espera.until(
        ExpectedConditions.attributeContains(
            By.xpath(
                "//div[contains(@class,'task-filter')][.//a[contains(normalize-space(.), "
                    + literal(nombre)
                    + ")]]"),
            "class",
            "active"));
  }

  /**
   * Espera a que la tarea aparezca en la lista del filtro abierto y la abre; devuelve su nombre.
   */
  public String abrirTarea(String textoDelNombre) {
    By tarea =
        By.xpath(
            "//*[contains(@class,'tasks-list')]//li[contains(@class,'task')]//*[contains(@class,'names')]"
                + "//a[contains(normalize-space(.), "
                + literal(textoDelNombre)
                + ")]");
    // Angular redibuja la lista cuando llega el recuento de los filtros: un enlace ya hallado puede
    // quedar
    // viejo entre leerlo y hacerle clic; se vuelve a buscar (pocas veces, sin esperar por tiempo).
    for (int intento = 1; ; intento++) {
      try {
        WebElement enlace = esperarConRecarga(tarea);
        String nombre = enlace.getText().trim();
        enlace.click();
        pantalla.esperarVisible(By.cssSelector(".task-details"));
        return nombre;
      } catch (StaleElementReferenceException redibujado) {
        if (intento == 3) {
          throw redibujado;
        }
      }
    }
  }

  /** Las tareas de un grupo candidato se toman antes de trabajarlas. */
  public void tomar() {
    pantalla.clic(TOMAR);
    pantalla.espera.until(ExpectedConditions.invisibilityOfElementLocated(TOMAR));
  }

  public void iniciarProceso(String nombreProceso) {
    pantalla.clic(By.xpath("//a[contains(normalize-space(.), 'Iniciar proceso')]"));
    pantalla.clic(
        By.xpath(
            "//div[contains(@class,'modal')]//a[contains(normalize-space(.), "
                + literal(nombreProceso)
                + ")]"));
    pantalla.esperarVisible(By.cssSelector(".modal .fjs-container"));
  }

  /**
   * Un proceso con formulario de inicio embebido (HTML del Forms SDK): espera ese formulario, no
   * Camunda Forms.
   */
  public void iniciarProceso(String nombreProceso, By formularioEmbebido) {
    pantalla.clic(By.xpath("//a[contains(normalize-space(.), 'Iniciar proceso')]"));
    pantalla.clic(
        By.xpath(
            "//div[contains(@class,'modal')]//a[contains(normalize-space(.), "
                + literal(nombreProceso)
                + ")]"));
    pantalla.esperarVisible(formularioEmbebido);
  }

  /** "Iniciar" en el diálogo del formulario de inicio. */
  public void enviarInicio() {
    pantalla.clic(
        By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space(.)='Iniciar']"));
  }

  /**
   * "Completar". Un textarea con foco a veces se lleva el primer clic (blur): si en unos segundos
   * no pasa nada, se vuelve a pulsar. Termina cuando el formulario se va o muestra errores (de
   * Camunda Forms o del servidor).
   */
  public void completar() {
    cerrarAvisos();
    for (int intento = 0; ; intento++) {
      if (pantalla.driver.findElements(COMPLETAR).isEmpty()) {
        return;
      }
      pantalla.espera.until(ExpectedConditions.elementToBeClickable(COMPLETAR));
      pantalla.pulsar(pantalla.driver.findElement(COMPLETAR));
      try {
        new WebDriverWait(
                pantalla.driver, Duration.ofSeconds(intento < 2 ? 3 : 15), Duration.ofMillis(100))
            .until(
                d ->
                    d.findElements(COMPLETAR).isEmpty()
                        || !pantalla.visibles(FormularioCamunda.ERRORES).isEmpty()
                        || !d.findElements(AVISO_ERROR).isEmpty());
        return;
      } catch (TimeoutException | StaleElementReferenceException e) {
        if (intento >= 2) {
          throw e;
        }
      }
    }
  }

  /**
   * Completar y esperar que la tarea salga de la vista; un error que la persona vería hace fallar
   * la prueba con su texto.
   */
  public void completarYConfirmar() {
    completar();
    List<String> errores = pantalla.textosVisibles(FormularioCamunda.ERRORES);
    List<String> avisos = pantalla.textosVisibles(AVISO_ERROR);
    if (!errores.isEmpty() || !avisos.isEmpty()) {
      throw new AssertionError("Tasklist no completó la tarea: " + errores + " " + avisos);
    }
  }

  /** Completar con campos obligatorios vacíos: los errores que Camunda Forms muestra. */
  public List<String> completarConErrores() {
    cerrarAvisos();
    pantalla.clic(COMPLETAR);
    return formulario.errores();
  }

  /** Completar con datos que el servidor rechaza: el aviso de Tasklist. */
  public String completarConAviso() {
    completar();
    return pantalla.esperarVisible(AVISO_ERROR).getText();
  }

  public boolean completarHabilitado() {
    return pantalla.driver.findElement(COMPLETAR).isEnabled();
  }

  // --- Cockpit --------------------------------------------------------------------------------

  /** En las instancias de un proceso, el criterio "Business Key"; devuelve las filas que quedan. */
  public List<String> buscarPorBusinessKey(String definicion, String codigo) {
    pantalla.driver.get(
        base + "/camunda/app/cockpit/default/#/process-definition/" + definicion + "/runtime");
    By filas = By.cssSelector("[cam-searchable-area] table tbody tr");
    pantalla.esperarVisible(filas);
    pantalla.clic(By.cssSelector("input.main-field"));
    pantalla.clic(
        By.xpath(
            "//ul[contains(@class,'dropdown-menu')]//a[contains(normalize-space(.), 'Business Key')]"));
    By valor = By.cssSelector("input[ng-model='formData.editValue']");
    By valorSinEscribir = By.cssSelector(".value-field .view-value");
    // Angular redibuja el criterio recién creado y a veces cierra su campo: entonces se vuelve a
    // abrir con un clic.
    new WebDriverWait(pantalla.driver, Duration.ofSeconds(20), Duration.ofMillis(200))
        .ignoring(ElementNotInteractableException.class)
        .ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              if (d.getCurrentUrl().contains(codigo)) {
                return true;
              }
              List<WebElement> campo = pantalla.visibles(valor);
              if (!campo.isEmpty()) {
                campo.get(0).clear();
                campo.get(0).sendKeys(codigo + Keys.ENTER);
              } else if (!pantalla.visibles(valorSinEscribir).isEmpty()) {
                pantalla.pulsar(pantalla.visibles(valorSinEscribir).get(0));
              }
              return false;
            });
    // Cockpit redibuja la tabla al buscar: se leen las filas cuando todas son del código buscado.
    return new WebDriverWait(pantalla.driver, Duration.ofSeconds(20))
        .ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              List<String> textos =
                  d.findElements(filas).stream().map(WebElement::getText).toList();
              return d.getCurrentUrl().contains(codigo)
                      && !textos.isEmpty()
                      && textos.stream().allMatch(t -> t.contains(codigo))
                  ? textos
                  : null;
            });
  }

  // --- Ayudas ---------------------------------------------------------------------------------

  /** Los avisos anteriores se cierran, como lo haría la persona, para leer solo los nuevos. */
  private void cerrarAvisos() {
    ((JavascriptExecutor) pantalla.driver)
        .executeScript(
            "document.querySelectorAll('.notifications .alert button.close').forEach(b => b.click());");
    pantalla.espera.until(
        ExpectedConditions.numberOfElementsToBe(By.cssSelector(".notifications .alert"), 0));
  }

  /** La lista de Tasklist se refresca sola cada pocos segundos; si tarda, se recarga la página. */
  private WebElement esperarConRecarga(By donde) {
    for (int intento = 0; ; intento++) {
      try {
        return new WebDriverWait(pantalla.driver, Duration.ofSeconds(8), Duration.ofMillis(100))
            .until(ExpectedConditions.elementToBeClickable(donde));
      } catch (TimeoutException e) {
        if (intento == 2) {
          throw e;
        }
        pantalla.driver.navigate().refresh();
      }
    }
  }
}
