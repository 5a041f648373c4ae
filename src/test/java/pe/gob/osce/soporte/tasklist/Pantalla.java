package pe.gob.osce.soporte.tasklist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Lo básico de mirar y pulsar en una página, con esperas explícitas, y las capturas de pantalla.
 */
public final class Pantalla {

  public static final Path CAPTURAS = Path.of("target", "pantallas");

  public final ChromeDriver driver;
  public final WebDriverWait espera;

  public Pantalla(ChromeDriver driver) {
    this.driver = driver;
    this.espera = new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(100));
  }

  public void clic(By donde) {
    espera.until(
        d -> {
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

  /**
   * Clic como la persona; si un aviso de Tasklist o el pie tapan el elemento, el clic va directo a
   * él.
   */
  public void pulsar(WebElement elemento) {
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", elemento);
    try {
      elemento.click();
    } catch (ElementClickInterceptedException e) {
      ((JavascriptExecutor) driver).executeScript("arguments[0].click();", elemento);
    }
  }

  public List<WebElement> visibles(By donde) {
    return driver.findElements(donde).stream().filter(WebElement::isDisplayed).toList();
  }

  public List<String> textosVisibles(By donde) {
    return visibles(donde).stream().map(WebElement::getText).toList();
  }

  public void esperarTexto(By donde, String texto) {
    espera.until(ExpectedConditions.textToBePresentInElementLocated(donde, texto));
  }

  public WebElement esperarVisible(By donde) {
    return espera.until(ExpectedConditions.visibilityOfElementLocated(donde));
  }

  public void capturar(String nombre) {
    try {
      Files.createDirectories(CAPTURAS);
      Files.write(CAPTURAS.resolve(nombre + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Página, consola del navegador y captura, para entender una falla. */
  public void guardarEstado(String nombre) {
    capturar(nombre);
    try {
      Files.writeString(CAPTURAS.resolve(nombre + ".html"), driver.getPageSource());
      Files.writeString(
          CAPTURAS.resolve(nombre + ".consola.txt"),
          driver.manage().logs().get(LogType.BROWSER).getAll().stream()
              .map(Object::toString)
              .collect(Collectors.joining("\n")));
    } catch (IOException | RuntimeException e) {
      System.err.println("No se pudo guardar el estado de la página: " + e);
    }
  }

  public static void escribirEn(WebElement campo, String valor) {
    campo.clear();
    campo.sendKeys(valor);
  }

  /** Un texto como literal de XPath. */
  public static String literal(String texto) {
    return texto.contains("'") ? "\"" + texto + "\"" : "'" + texto + "'";
  }
}
