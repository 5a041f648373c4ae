package pe.gob.osce.soporte.tasklist;

import static pe.gob.osce.soporte.tasklist.Pantalla.literal;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Llenar un formulario de Camunda Forms (form-js) como una persona: textos, listas, radios y
 * casillas por la clave de su campo, y leer lo que muestra (etiquetas, datos, errores).
 */
public final class FormularioCamunda {

  public static final By ERRORES = By.cssSelector(".fjs-form-field-error li");

  private final Pantalla pantalla;

  public FormularioCamunda(Pantalla pantalla) {
    this.pantalla = pantalla;
  }

  public List<String> errores() {
    pantalla.esperarVisible(ERRORES);
    return pantalla.textosVisibles(ERRORES);
  }

  public String texto() {
    esperar();
    return pantalla.driver.findElement(By.cssSelector(".fjs-container")).getText();
  }

  public List<String> etiquetas() {
    esperar();
    return pantalla
        .driver
        .findElements(By.cssSelector(".fjs-container .fjs-form-field-label"))
        .stream()
        .map(e -> e.getText().replace("*", "").trim())
        .filter(t -> !t.isEmpty())
        .toList();
  }

  public void escribir(String clave, String valor) {
    esperar();
    Pantalla.escribirEn(
        pantalla.espera.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector(
                    ".fjs-container input[id$='-Field_"
                        + clave
                        + "'], .fjs-container textarea[id$='-Field_"
                        + clave
                        + "']"))),
        valor);
  }

  /**
   * Lista: se despliega (o se escribe, si se puede buscar) y se elige con el teclado, flechas hasta
   * la opción y Enter, porque una lista larga al pie del formulario no cabe en la pantalla. Se
   * repite hasta que la lista muestra la opción elegida.
   */
  public void elegir(String clave, String opcion) {
    esperar();
    By busqueda = By.cssSelector(".fjs-container input.fjs-input[id$='-Field_" + clave + "']");
    By muestra = By.cssSelector("[id$='-Field_" + clave + "-display']");
    By item =
        By.xpath(
            "//*[contains(@class,'fjs-dropdownlist-item')][contains(normalize-space(.), "
                + literal(opcion)
                + ")]");
    pantalla.espera.until(
        d -> {
          try {
            List<WebElement> campo = d.findElements(busqueda);
            if (d.findElements(item).isEmpty()) {
              if (campo.isEmpty()) {
                pantalla.pulsar(d.findElement(muestra));
              } else {
                campo.get(0).clear();
                pantalla.pulsar(campo.get(0));
                campo.get(0).sendKeys(opcion);
              }
              return false;
            }
            int opciones = d.findElements(By.cssSelector(".fjs-dropdownlist-item")).size();
            for (int i = 0; i <= opciones && !enfocada(opcion); i++) {
              new Actions(d).sendKeys(Keys.ARROW_DOWN).perform();
              esperarEfectos();
            }
            esperarEfectos();
            new Actions(d).sendKeys(Keys.ENTER).perform();
            String valor =
                campo.isEmpty()
                    ? d.findElement(muestra).getText()
                    : campo.get(0).getAttribute("value");
            return valor != null && valor.contains(opcion);
          } catch (StaleElementReferenceException | ElementClickInterceptedException e) {
            return false;
          }
        });
  }

  public void marcarOpcion(String clave, String etiqueta) {
    pantalla.clic(
        By.xpath(
            "//*[contains(@class,'fjs-form-field-radio')][.//*[@id[contains(., '-Field_"
                + clave
                + "')]]]"
                + "//label[normalize-space(.)="
                + literal(etiqueta)
                + "]"));
  }

  public void marcarCasilla(String clave) {
    WebElement casilla =
        pantalla.espera.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector(".fjs-container input[type=checkbox][id$='-Field_" + clave + "']")));
    if (!casilla.isSelected()) {
      pantalla.pulsar(casilla);
    }
  }

  private boolean enfocada(String opcion) {
    List<WebElement> enfocada =
        pantalla.driver.findElements(By.cssSelector(".fjs-dropdownlist-item.focused"));
    return !enfocada.isEmpty() && enfocada.get(0).getText().contains(opcion);
  }

  /**
   * La lista de Camunda Forms (Preact) vuelve a registrar su manejador de teclas en un efecto,
   * después de pintar: un Enter enviado antes lo atiende el manejador anterior y elige la opción
   * previa. Se espera a que pase un cuadro y la cola de tareas, no un tiempo fijo.
   */
  private void esperarEfectos() {
    ((JavascriptExecutor) pantalla.driver)
        .executeAsyncScript(
            "const listo = arguments[arguments.length - 1]; requestAnimationFrame(() => setTimeout(listo, 0));");
  }

  private void esperar() {
    pantalla.esperarVisible(By.cssSelector(".fjs-container .fjs-form-field"));
  }
}
