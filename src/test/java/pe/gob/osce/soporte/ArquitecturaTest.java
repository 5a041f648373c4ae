package pe.gob.osce.soporte;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Las reglas de la casa que el compilador no ve, sobre las clases de main (sin Spring ni motor): el
 * dibujo de paquetes del README se mantiene, el dominio no depende de Camunda ni de Spring y solo
 * los adaptadores de cada proceso conducen el motor.
 */
class ArquitecturaTest {

  private static final String BASE = "pe.gob.osce.soporte";

  private static final String PROPIEDADES =
      "org.springframework.boot.context.properties.ConfigurationProperties";

  /**
   * Catálogo, records, enums y reglas del procedimiento ({@code ReglaAtencionPresencial}...). No
   * cuentan las propiedades de configuración (Spring las enlaza) ni los records privados de una
   * clase, que no salen de ella.
   */
  private static final DescribedPredicate<JavaClass> DOMINIO =
      DescribedPredicate.describe(
          "son del dominio (catalogo, records, enums, Regla*)",
          c ->
              !c.isAnnotatedWith(PROPIEDADES)
                  && !c.getEnclosingClass().map(e -> e.isAnnotatedWith(PROPIEDADES)).orElse(false)
                  && !c.getModifiers().contains(JavaModifier.PRIVATE)
                  && (c.getPackageName().equals(BASE + ".catalogo")
                      || c.isRecord()
                      || c.isEnum()
                      || c.getSimpleName().matches("Regla[A-Z].*")));

  private static JavaClasses main;

  /**
   * Solo la carpeta de las clases de main (target/classes): recorrer cada jar del classpath es
   * lento.
   */
  @BeforeAll
  static void importar() throws URISyntaxException {
    Path clases =
        Path.of(
            SoporteTiApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    main =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPath(clases);
  }

  @Test
  void ningunCicloEntrePaquetesNiConSusSubpaquetes() {
    // (**) hace de cada paquete su propia rebanada: ticket y ticket.correo son dos.
    slices().matching(BASE + ".(**)").namingSlices("$1").should().beFreeOfCycles().check(main);
  }

  @Test
  void elDominioNoDependeDeCamundaNiDeSpring() {
    noClasses()
        .that(DOMINIO)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.camunda..", "org.springframework..")
        .check(main);
  }

  @Test
  void soloLosAdaptadoresConducenElMotor() {
    noClasses()
        .that()
        .haveNameNotMatching(".*Adapter(\\$.*)?")
        .and()
        .resideOutsideOfPackages(BASE + ".config..", BASE + ".procedimiento..")
        .should()
        .dependOnClassesThat()
        .areAssignableTo(RuntimeService.class)
        .because("los controladores y el correo llaman al adaptador de su proceso (*Adapter)")
        .check(main);
  }

  @Test
  void delegatesYListenersNoSonPublicos() {
    classes()
        .that()
        .areAssignableTo(JavaDelegate.class)
        .or()
        .areAssignableTo(TaskListener.class)
        .or()
        .areAssignableTo(ExecutionListener.class)
        .and()
        .doNotHaveModifier(JavaModifier.ABSTRACT)
        .should()
        .notBePublic()
        .because("solo los modelos los usan, por el nombre de su bean")
        .check(main);
  }
}
