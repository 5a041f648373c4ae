package pe.gob.osce.soporte.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * Issue 14, medida 3: el aviso de un job nuevo al job executor puede perderse (se despierta solo al
 * terminar su espera). La espera máxima en vacío de application.yaml acota ese retraso para que la
 * tarea que sigue a un correo asíncrono aparezca antes de 1,5 s (p99); el benchmark {@code
 * AplicacionEmpaquetadaBenchmark} lo mide con el jar.
 */
class EsperaEjecutorJobsTest {

  @Test
  void unAvisoPerdidoAlEjecutorDeJobsNoRetrasaLaSiguienteTareaMasDeUnSegundo() throws Exception {
    StandardEnvironment entorno = new StandardEnvironment();
    new YamlPropertySourceLoader()
        .load("application", new ClassPathResource("application.yaml"))
        .forEach(fuente -> entorno.getPropertySources().addLast(fuente));

    long espera =
        entorno.getRequiredProperty("camunda.bpm.job-execution.wait-time-in-millis", Long.class);
    long maxima = entorno.getRequiredProperty("camunda.bpm.job-execution.max-wait", Long.class);

    assertThat(maxima).as("espera máxima en vacío del job executor (ms)").isLessThanOrEqualTo(1000);
    assertThat(espera).as("espera inicial en vacío (ms)").isPositive().isLessThanOrEqualTo(maxima);
  }
}
