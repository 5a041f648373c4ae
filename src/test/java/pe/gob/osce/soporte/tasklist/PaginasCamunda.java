package pe.gob.osce.soporte.tasklist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Lo que una persona hace en Tasklist y Cockpit, con esperas explícitas: ingresar, abrir un filtro,
 * tomar una tarea, llenar Camunda Forms (textos, listas, radios, casillas) y completar. Las pruebas
 * de navegador se escriben con estos pasos, en castellano, como los ve la gente.
 */
final class PaginasCamunda {

  static final Path CAPTURAS = Path.of("target", "pantallas");
  private static final String ERRORES = ".fjs-form-field-error li";
  private static final String AVISO_ERROR = ".notifications .alert-danger";

  private final ChromeDriver driver;
  private final String base;
  private final WebDriverWait espera;

  PaginasCamunda(ChromeDriver driver, String base) {
    this.driver = driver;
    this.base = base;
    this.espera = new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(100));
  }

  WebDriver driver() {
    return driver;
  }

  // --- Ingreso --------------------------------------------------------------------------------

  /** Cierra la sesión anterior y entra a la aplicación (tasklist, cockpit) con la página de ingreso. */
  void ingresar(String aplicacion, String usuario) {
    abrirIngreso(aplicacion);
    // La página termina de iniciarse mientras se escribe (autofocus): se escribe hasta que ambos campos quedan bien.
    espera.until(d -> {
      WebElement nombre = d.findElement(By.cssSelector("input[ng-model=username]"));
      WebElement clave = d.findElement(By.cssSelector("input[ng-model=password]"));
      escribirEn(nombre, usuario);
      escribirEn(clave, "demo");
      return usuario.equals(nombre.getAttribute("value")) && "demo".equals(clave.getAttribute("value"));
    });
    driver.findElement(By.cssSelector("button[type=submit]")).click();
    espera.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[ng-model=username]")));
  }

  /** La página de ingreso tal cual, sin ingresar. */
  void abrirIngreso(String aplicacion) {
    salir();
    driver.get(base + "/camunda/app/" + aplicacion + "/default/");
    espera.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model=username]")));
  }

  private void salir() {
    driver.get(base + "/camunda/app/welcome/default/");
    driver.manage().deleteAllCookies();
    driver.get("about:blank");
  }

  // --- Tasklist -------------------------------------------------------------------------------

  List<String> filtros() {
    espera.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-filter .name a")));
    return driver.findElements(By.cssSelector(".task-filter .name a")).stream()
        .map(a -> a.getText().replaceAll("\\s*\\d+$", "").trim()).toList();
  }

  void abrirFiltro(String nombre) {
    clic(By.xpath("//div[contains(@class,'task-filter')]//h4[contains(@class,'name')]/a[contains(normalize-space(.), "
        + literal(nombre) + ")]"));
    espera.until(ExpectedConditions.attributeContains(
        By.xpath("//div[contains(@class,'task-filter')][.//a[contains(normalize-space(.), " + literal(nombre) + ")]]"),
        "class", "active"));
  }

  /** Espera a que la tarea aparezca en la lista del filtro abierto (Tasklist la refresca) y la abre. */
  String abrirTarea(String textoDelNombre) {
    By tarea = By.xpath("//*[contains(@class,'tasks-list')]//li[contains(@class,'task')]//*[contains(@class,'names')]"
        + "//a[contains(normalize-space(.), " + literal(textoDelNombre) + ")]");
    WebElement enlace = esperarConRecarga(tarea);
    String nombre = enlace.getText().trim();
    enlace.click();
    espera.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-details")));
    return nombre;
  }

  /** Las tareas de candidato se toman antes de trabajarlas ("Tomar"). */
  void tomar() {
    clic(By.xpath("//*[contains(@class,'task-details')]//*[self::a or self::button][normalize-space(.)='Tomar']"));
    espera.until(ExpectedConditions.invisibilityOfElementLocated(
        By.xpath("//*[contains(@class,'task-details')]//*[self::a or self::button][normalize-space(.)='Tomar']")));
  }

  void iniciarProceso(String nombreProceso) {
    clic(By.xpath("//a[contains(normalize-space(.), 'Iniciar proceso')]"));
    clic(By.xpath("//div[contains(@class,'modal')]//a[contains(normalize-space(.), " + literal(nombreProceso) + ")]"));
    espera.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal .fjs-container")));
  }

  /** "Iniciar" en el diálogo del formulario de inicio. */
  void enviarInicio() {
    clic(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space(.)='Iniciar']"));
  }

  /**
   * "Completar". Un textarea con foco a veces se lleva el primer clic (blur): si en unos segundos
   * no pasa nada, se vuelve a pulsar. Termina cuando el formulario se va o muestra errores (de
   * Camunda Forms o del servidor).
   */
  void completar() {
    cerrarAvisos();
    By boton = By.xpath("//*[contains(@class,'task-details')]//button[normalize-space(.)='Completar']");
    for (int intento = 0; ; intento++) {
      List<WebElement> botones = driver.findElements(boton);
      if (botones.isEmpty()) {
        return;
      }
      espera.until(ExpectedConditions.elementToBeClickable(boton));
      pulsar(driver.findElement(boton));
      try {
        new WebDriverWait(driver, Duration.ofSeconds(intento < 2 ? 3 : 15), Duration.ofMillis(100)).until(d ->
            d.findElements(boton).isEmpty() || !visibles(By.cssSelector(ERRORES)).isEmpty()
                || !d.findElements(By.cssSelector(AVISO_ERROR)).isEmpty());
        return;
      } catch (TimeoutException | StaleElementReferenceException e) {
        if (intento >= 2) {
          throw e;
        }
      }
    }
  }

  /** Completar y esperar que la tarea salga de la vista; un error que la persona vería hace fallar la prueba con su texto. */
  void completarYConfirmar() {
    completar();
    List<String> errores = visibles(By.cssSelector(ERRORES)).stream().map(WebElement::getText).toList();
    List<String> avisos = visibles(By.cssSelector(AVISO_ERROR)).stream().map(WebElement::getText).toList();
    if (!errores.isEmpty() || !avisos.isEmpty()) {
      throw new AssertionError("Tasklist no completó la tarea: " + errores + " " + avisos);
    }
  }

  private List<WebElement> visibles(By donde) {
    return driver.findElements(donde).stream().filter(WebElement::isDisplayed).toList();
  }

  /** Los avisos anteriores se cierran, como lo haría la persona, para leer solo los nuevos. */
  private void cerrarAvisos() {
    ((JavascriptExecutor) driver).executeScript(
        "document.querySelectorAll('.notifications .alert button.close').forEach(b => b.click());");
    espera.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".notifications .alert"), 0));
  }

  /** Completar esperando que el formulario no se vaya: lo que la persona ve como errores. */
  List<String> completarConErrores() {
    cerrarAvisos();
    clic(By.xpath("//*[contains(@class,'task-details')]//button[normalize-space(.)='Completar']"));
    return errores();
  }

  /** Completar con datos que el servidor rechaza: el aviso de Tasklist con el mensaje en castellano. */
  String completarConAviso() {
    completar();
    return esperarVisible(By.cssSelector(AVISO_ERROR)).getText();
  }

  boolean completarHabilitado() {
    return driver.findElement(By.xpath("//*[contains(@class,'task-details')]//button[normalize-space(.)='Completar']"))
        .isEnabled();
  }

  // --- Camunda Forms ---------------------------------------------------------------------------

  List<String> errores() {
    espera.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(ERRORES)));
    return visibles(By.cssSelector(ERRORES)).stream().map(WebElement::getText).toList();
  }

  String textoFormulario() {
    esperarFormulario();
    return driver.findElement(By.cssSelector(".fjs-container")).getText();
  }

  List<String> etiquetas() {
    esperarFormulario();
    return driver.findElements(By.cssSelector(".fjs-container .fjs-form-field-label")).stream()
        .map(e -> e.getText().replace("*", "").trim()).filter(t -> !t.isEmpty()).toList();
  }

  private void esperarFormulario() {
    espera.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container .fjs-form-field")));
  }

  void escribir(String clave, String valor) {
    esperarFormulario();
    WebElement campo = espera.until(ExpectedConditions.elementToBeClickable(By.cssSelector(
        ".fjs-container input[id$='-Field_" + clave + "'], .fjs-container textarea[id$='-Field_" + clave + "']")));
    escribirEn(campo, valor);
  }

  /**
   * Lista de Camunda Forms: se despliega (o se escribe, si se puede buscar) y se hace clic en la
   * opción; se repite hasta que la lista muestra la opción elegida.
   */
  void elegir(String clave, String opcion) {
    esperarFormulario();
    By busqueda = By.cssSelector(".fjs-container input.fjs-input[id$='-Field_" + clave + "']");
    By muestra = By.cssSelector("[id$='-Field_" + clave + "-display']");
    By item = By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][contains(normalize-space(.), " + literal(opcion) + ")]");
    espera.until(d -> {
      try {
        if (d.findElements(item).isEmpty()) {
          List<WebElement> campo = d.findElements(busqueda);
          if (campo.isEmpty()) {
            pulsar(d.findElement(muestra));
          } else {
            campo.get(0).clear();
            pulsar(campo.get(0));
            campo.get(0).sendKeys(opcion);
          }
          return false;
        }
        // Con el teclado, como en una lista larga que no cabe en la pantalla: flechas hasta la opción y Enter.
        List<WebElement> opciones = d.findElements(By.cssSelector(".fjs-dropdownlist-item"));
        for (int i = 0; i <= opciones.size(); i++) {
          List<WebElement> enfocada = d.findElements(By.cssSelector(".fjs-dropdownlist-item.focused"));
          if (!enfocada.isEmpty() && enfocada.get(0).getText().contains(opcion)) {
            break;
          }
          new Actions(d).sendKeys(Keys.ARROW_DOWN).perform();
        }
        new Actions(d).sendKeys(Keys.ENTER).perform();
        List<WebElement> campo = d.findElements(busqueda);
        String valor = campo.isEmpty() ? d.findElement(muestra).getText() : campo.get(0).getAttribute("value");
        return valor != null && valor.contains(opcion);
      } catch (StaleElementReferenceException | ElementClickInterceptedException e) {
        return false;
      }
    });
  }

  void marcarOpcion(String clave, String etiqueta) {
    clic(By.xpath("//*[contains(@class,'fjs-form-field-radio')][.//*[@id[contains(., '-Field_" + clave + "')]]]"
        + "//label[normalize-space(.)=" + literal(etiqueta) + "]"));
  }

  void marcarCasilla(String clave) {
    WebElement casilla = espera.until(ExpectedConditions.elementToBeClickable(
        By.cssSelector(".fjs-container input[type=checkbox][id$='-Field_" + clave + "']")));
    if (!casilla.isSelected()) {
      pulsar(casilla);
    }
  }

  // --- Utilidades ----------------------------------------------------------------------------

  void esperarTexto(By donde, String texto) {
    espera.until(ExpectedConditions.textToBePresentInElementLocated(donde, texto));
  }

  WebElement esperarVisible(By donde) {
    return espera.until(ExpectedConditions.visibilityOfElementLocated(donde));
  }

  void clic(By donde) {
    espera.until(d -> {
      try {
        WebElement elemento = ExpectedConditions.elementToBeClickable(donde).apply(d);
        if (elemento == null) {
          return false;
        }
        pulsar(elemento);
        return true;
      } catch (StaleElementReferenceException e) {
        return false;
      }
    });
  }

  /** Clic como la persona; si un aviso de Tasklist tapa el botón, el clic va directo al botón. */
  private void pulsar(WebElement elemento) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", elemento);
    try {
      elemento.click();
    } catch (ElementClickInterceptedException e) {
      ((JavascriptExecutor) driver).executeScript("arguments[0].click();", elemento);
    }
  }

  /** La lista de Tasklist se refresca sola cada pocos segundos; si tarda, se recarga la página. */
  private WebElement esperarConRecarga(By donde) {
    for (int intento = 0; ; intento++) {
      try {
        return new WebDriverWait(driver, Duration.ofSeconds(8), Duration.ofMillis(100))
            .until(ExpectedConditions.elementToBeClickable(donde));
      } catch (TimeoutException e) {
        if (intento == 2) {
          throw e;
        }
        driver.navigate().refresh();
      }
    }
  }

  void capturar(String nombre) {
    try {
      Files.createDirectories(CAPTURAS);
      Files.write(CAPTURAS.resolve(nombre + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Página y captura para entender una falla. */
  void guardarEstado(String nombre) {
    capturar(nombre);
    try {
      Files.writeString(CAPTURAS.resolve(nombre + ".html"), driver.getPageSource());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void escribirEn(WebElement campo, String valor) {
    campo.clear();
    campo.sendKeys(valor);
  }

  private static String literal(String texto) {
    return texto.contains("'") ? "\"" + texto + "\"" : "'" + texto + "'";
  }
}
