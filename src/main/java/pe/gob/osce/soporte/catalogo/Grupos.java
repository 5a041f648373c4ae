package pe.gob.osce.soporte.catalogo;

import java.util.List;

/** Grupos del contrato, uno por columna "Responsable" del procedimiento. */
public final class Grupos {

  public static final String MESA_AYUDA = "mesa-ayuda";
  public static final String SOPORTE_TECNICO = "soporte-tecnico";
  public static final String JEFE_UAST = "jefe-uast";
  public static final String JEFE_OTI = "jefe-oti";
  public static final String CAMUNDA_ADMIN = "camunda-admin";

  /**
   * Analistas de procesos: despliegan modelos; no leen datos de tickets, equipos ni correo (nada de
   * /api).
   */
  public static final String ANALISTAS = "analistas";

  /** Id y nombre de cada grupo, en el orden en que Admin los muestra. */
  public static final List<String[]> TODOS =
      List.of(
          new String[] {MESA_AYUDA, "Asistente de Mesa de Ayuda"},
          new String[] {SOPORTE_TECNICO, "Soporte Técnico / Apoyo Técnico / Técnico"},
          new String[] {JEFE_UAST, "Jefa/Jefe UAST"},
          new String[] {JEFE_OTI, "Jefa/Jefe OTI"},
          new String[] {CAMUNDA_ADMIN, "Administración de Camunda"},
          new String[] {ANALISTAS, "Analistas de procesos"});

  private Grupos() {}
}
