package pe.gob.osce.soporte.tasklist;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.slf4j.LoggerFactory;

/**
 * Chromium de Debian sin ventana, con el chromedriver del sistema (nunca se descarga nada). Si no
 * están instalados, las pruebas de navegador se omiten y dicen cómo instalarlos; las demás corren.
 * Otras rutas: variables CHROME_BIN y CHROMEDRIVER.
 */
public final class Navegador {

  public static final String INSTALAR = "apt-get install chromium chromium-driver";

  private Navegador() {}

  public static ChromeDriver abrir() throws IOException {
    File chromium = new File(System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium"));
    File chromedriver =
        new File(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));
    if (!chromium.canExecute() || !chromedriver.canExecute()) {
      String mensaje =
          "Pruebas de navegador omitidas: no se encontró "
              + (chromium.canExecute() ? chromedriver : chromium)
              + ". Instálelos con: "
              + INSTALAR;
      LoggerFactory.getLogger(Navegador.class).warn(mensaje);
      Assumptions.abort(mensaje);
    }
    ChromeOptions opciones = new ChromeOptions();
    opciones.setBinary(chromium);
    opciones.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--lang=es-PE",
        "--window-size=1400,900",
        "--user-data-dir=" + Files.createTempDirectory("chromium-soporte"));
    opciones.setExperimentalOption("prefs", Map.of("intl.accept_languages", "es-PE,es"));
    // La consola del navegador queda con la página cuando un paso falla.
    opciones.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    ChromeDriverService servicio =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(chromedriver)
            .usingAnyFreePort()
            // Las horas de Tasklist se muestran en la zona del navegador: la de la unidad.
            .withEnvironment(Map.of("TZ", "America/Lima"))
            .build();
    ChromeDriver driver = new ChromeDriver(servicio, opciones);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return driver;
  }
}
