package pe.gob.osce.soporte.tasklist;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;
import pe.gob.osce.soporte.PruebaIntegracion;

/**
 * Base de las pruebas en Chromium: abre el navegador ante la aplicación de la prueba con las
 * páginas de Camunda, lo cierra al terminar, y guarda la página, su consola y su captura cuando un
 * paso falla.
 */
public abstract class PruebaEnNavegador extends PruebaIntegracion {

  @LocalServerPort protected int puerto;

  protected ChromeDriver driver;
  protected PaginasCamunda paginas;
  protected Pantalla pantalla;
  protected FormularioCamunda formulario;
  protected MotorEntrePasos entrePasos;

  @BeforeEach
  void abrirNavegador() throws Exception {
    driver = Navegador.abrir();
    paginas = new PaginasCamunda(driver, "http://localhost:" + puerto);
    pantalla = paginas.pantalla();
    formulario = paginas.formulario();
    entrePasos = new MotorEntrePasos(motor);
  }

  @AfterEach
  void cerrarNavegador() {
    if (driver != null) {
      driver.quit();
    }
  }

  protected interface Paso {
    void hacer() throws Exception;
  }

  /** Prefijo de los archivos que deja un paso fallido en target/pantallas/ (p. ej. "falla-"). */
  protected abstract String prefijoFallas();

  /**
   * Si un paso falla, la página, su consola y su captura quedan en
   * target/pantallas/<prefijo><paso>.*.
   */
  protected void paso(String nombre, Paso paso) throws Exception {
    try {
      paso.hacer();
    } catch (Exception | AssertionError e) {
      pantalla.guardarEstado(prefijoFallas() + nombre);
      throw e;
    }
  }
}
