package pe.gob.osce.soporte.seguridad;

import static pe.gob.osce.soporte.catalogo.Grupos.JEFE_OTI;
import static pe.gob.osce.soporte.catalogo.Grupos.JEFE_UAST;
import static pe.gob.osce.soporte.catalogo.Grupos.MESA_AYUDA;
import static pe.gob.osce.soporte.catalogo.Grupos.SOPORTE_TECNICO;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.util.AntPathMatcher;
import pe.gob.osce.soporte.catalogo.Grupos;

/**
 * Quién usa cada ruta de {@code /api} y las métricas: la única tabla de permisos del proyecto (el
 * README la repite en "Seguridad"). {@code camunda-admin} entra a todo; una ruta que no está en la
 * tabla es solo de {@code camunda-admin}; {@code analistas} no aparece en ninguna fila.
 */
final class PermisosApi {

  /** Una fila: método (GET vale también para HEAD), patrón de ruta, grupos y el mensaje del 403. */
  record Regla(String metodo, String patron, Set<String> grupos, String mensaje) {}

  private static final Set<String> JEFATURAS = Set.of(JEFE_UAST, JEFE_OTI);
  private static final Set<String> PERSONAL =
      Set.of(MESA_AYUDA, SOPORTE_TECNICO, JEFE_UAST, JEFE_OTI);

  static final List<Regla> TABLA =
      List.of(
          new Regla(
              "GET",
              "/api/tickets/**",
              PERSONAL,
              "Los tickets los consultan la mesa de ayuda, soporte técnico y las jefaturas de la UAST y de la OTI."),
          new Regla(
              "POST",
              "/api/tickets",
              Set.of(MESA_AYUDA),
              "Los tickets los registra la mesa de ayuda."),
          new Regla(
              "GET",
              "/api/equipos/**",
              PERSONAL,
              "Los equipos los consultan la mesa de ayuda, soporte técnico y las jefaturas de la UAST y de la OTI."),
          new Regla(
              "GET",
              "/api/informes-baja/**",
              PERSONAL,
              "Los informes de baja los consultan la mesa de ayuda, soporte técnico y las jefaturas de la UAST y de la OTI."),
          new Regla(
              "POST",
              "/api/equipos/**",
              Set.of(MESA_AYUDA, SOPORTE_TECNICO),
              "Los equipos los registran la mesa de ayuda y soporte técnico."),
          new Regla(
              "GET",
              "/api/registros/**",
              Set.of(MESA_AYUDA, JEFE_UAST, JEFE_OTI),
              "Los registros los descargan la mesa de ayuda y las jefaturas de la UAST y de la OTI."),
          new Regla(
              "GET",
              "/api/mantenimientos/**",
              PERSONAL,
              "Los mantenimientos los consultan la mesa de ayuda, soporte técnico y las jefaturas de la UAST y de la OTI."),
          new Regla(
              "GET",
              "/api/indicadores/**",
              JEFATURAS,
              "El indicador de tiempo de atención lo consultan las jefaturas de la UAST y de la OTI."),
          new Regla(
              "GET",
              "/api/procedimiento",
              JEFATURAS,
              "Las versiones del procedimiento las consultan las jefaturas de la UAST y de la OTI."),
          new Regla(
              "POST",
              "/api/procedimiento/migraciones",
              Set.of(JEFE_UAST),
              "Las migraciones de tickets en curso las hace la jefatura de la UAST."),
          new Regla(
              "GET",
              "/actuator/prometheus",
              JEFATURAS,
              "Las métricas las leen las jefaturas de la UAST y de la OTI."));

  static final String SIN_REGLA = "Esta ruta es solo de la administración (grupo camunda-admin).";

  private static final AntPathMatcher RUTAS = new AntPathMatcher();

  private PermisosApi() {}

  /** Vacío si los grupos pueden usar la ruta; si no, el motivo en castellano. */
  static Optional<String> negado(String metodo, String ruta, Collection<String> grupos) {
    if (grupos.contains(Grupos.CAMUNDA_ADMIN)) {
      return Optional.empty();
    }
    String comoMetodo = "HEAD".equals(metodo) ? "GET" : metodo;
    Optional<Regla> regla =
        TABLA.stream()
            .filter(r -> r.metodo().equals(comoMetodo) && RUTAS.match(r.patron(), ruta))
            .findFirst();
    if (regla.isEmpty()) {
      return Optional.of(SIN_REGLA);
    }
    return grupos.stream().anyMatch(regla.get().grupos()::contains)
        ? Optional.empty()
        : Optional.of(regla.get().mensaje());
  }
}
