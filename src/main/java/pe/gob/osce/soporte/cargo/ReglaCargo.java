package pe.gob.osce.soporte.cargo;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import pe.gob.osce.soporte.comun.Errores;
import pe.gob.osce.soporte.comun.Variable;
import pe.gob.osce.soporte.equipo.Equipo;
import pe.gob.osce.soporte.equipo.EstadoEquipo;
import pe.gob.osce.soporte.ticket.AtencionTicketProceso.Variables;

/**
 * Actividad 10, el cargo de asignación: servidor/a, órgano, bienes retirados y asignados (deben
 * estar en el registro de equipos) y, si el traslado es entre sedes, las dos sedes. Un cargo nunca
 * entrega lo que no se puede entregar: "se asigna" solo lo que está en stock o recién registrado,
 * "se retira" solo lo asignado a ese/a servidor/a; el rechazo nombra cada bien con su estado.
 */
final class ReglaCargo {

  /**
   * Lo que el técnico llenó en la actividad 10; {@code solicitante} es el/la servidor/a del ticket.
   */
  public record Cargo(
      String servidor,
      String organoUnidad,
      String solicitante,
      List<String> asignados,
      List<String> retirados,
      boolean traslado,
      String sedeOrigen,
      String sedeDestino) {}

  /**
   * Un bien del registro nombrado en el cargo, con lo que la regla necesita de su ciclo de vida.
   *
   * @param enRevisionEnAlmacen en su ciclo de vida pero no esperando en el almacén (actividades
   *     17-18)
   * @param recienRegistrado solo tiene su alta en la historia
   */
  public record Bien(Equipo equipo, boolean enRevisionEnAlmacen, boolean recienRegistrado) {}

  private ReglaCargo() {}

  /**
   * Agrega a {@code errores} cada problema del cargo; {@code bienes}: los del registro por código.
   */
  public static void validar(Cargo cargo, Map<String, Bien> bienes, Errores errores) {
    errores
        .siVacio(
            Variables.SERVIDOR, cargo.servidor(), "es obligatorio: el nombre del/de la servidor/a")
        .siVacio(
            Variables.ORGANO_UNIDAD,
            cargo.organoUnidad(),
            "es obligatorio: el órgano o unidad orgánica");
    if (cargo.asignados().isEmpty() && cargo.retirados().isEmpty()) {
      errores.agregar(
          Variables.EQUIPOS_ASIGNADOS, "indique al menos un equipo asignado o retirado");
    }
    desconocidos(Variables.EQUIPOS_ASIGNADOS, cargo.asignados(), bienes, errores);
    desconocidos(Variables.EQUIPOS_RETIRADOS, cargo.retirados(), bienes, errores);
    String solicitante = cargo.solicitante();
    rechazos(
        Variables.EQUIPOS_ASIGNADOS,
        cargo.asignados(),
        bienes,
        b -> motivoParaNoAsignar(b, solicitante),
        "solo se asignan bienes en stock del almacén o recién registrados",
        errores);
    rechazos(
        Variables.EQUIPOS_RETIRADOS,
        cargo.retirados(),
        bienes,
        b -> motivoParaNoRetirar(b.equipo(), solicitante),
        "solo se retiran bienes asignados a este/a servidor/a (" + solicitante + ")",
        errores);
    cargo.asignados().stream()
        .filter(cargo.retirados()::contains)
        .findFirst()
        .ifPresent(
            c ->
                errores.agregar(
                    Variables.EQUIPOS_RETIRADOS,
                    "el equipo " + c + " no puede asignarse y retirarse en el mismo cargo"));
    if (cargo.traslado()) {
      errores
          .siVacio(
              Variables.SEDE_ORIGEN,
              cargo.sedeOrigen(),
              "es obligatoria en un traslado entre sedes")
          .siVacio(
              Variables.SEDE_DESTINO,
              cargo.sedeDestino(),
              "es obligatoria en un traslado entre sedes");
    }
  }

  /**
   * "Se asigna": un bien en stock (en almacén y, si está en su ciclo de vida, esperando en el
   * almacén) o recién registrado (solo tiene su alta), sin titular o con este/a servidor/a como
   * titular.
   */
  static Optional<String> motivoParaNoAsignar(Bien bien, String solicitante) {
    Equipo e = bien.equipo();
    if (e.estado() == EstadoEquipo.EN_ALMACEN) {
      return bien.enRevisionEnAlmacen()
          ? Optional.of("en revisión en el almacén, actividades 17-18")
          : Optional.empty();
    }
    if (bien.recienRegistrado()
        && (e.titular() == null || e.titular().equalsIgnoreCase(solicitante))) {
      return Optional.empty();
    }
    return Optional.of(estado(e, solicitante));
  }

  /** "Se retira": solo un bien asignado a este/a servidor/a. */
  static Optional<String> motivoParaNoRetirar(Equipo e, String solicitante) {
    return asignado(e) && e.titular() != null && e.titular().equalsIgnoreCase(solicitante)
        ? Optional.empty()
        : Optional.of(estado(e, solicitante));
  }

  private static boolean asignado(Equipo e) {
    return e.estado() == EstadoEquipo.ASIGNADO || e.estado() == EstadoEquipo.REASIGNADO;
  }

  private static String estado(Equipo e, String solicitante) {
    if (asignado(e) && e.titular() != null && !e.titular().equalsIgnoreCase(solicitante)) {
      return e.estado().etiqueta() + " a otra persona";
    }
    return e.estado().etiqueta();
  }

  /**
   * Junta en un mensaje cada bien rechazado con su estado: «no se pueden …: X (pendiente de baja)».
   */
  private static void rechazos(
      Variable<List<String>> campo,
      List<String> codigos,
      Map<String, Bien> bienes,
      Function<Bien, Optional<String>> motivo,
      String regla,
      Errores errores) {
    List<String> rechazados =
        codigos.stream()
            .flatMap(c -> Optional.ofNullable(bienes.get(c)).stream())
            .flatMap(
                b ->
                    motivo
                        .apply(b)
                        .map(m -> b.equipo().codigoPatrimonial() + " (" + m + ")")
                        .stream())
            .toList();
    if (!rechazados.isEmpty()) {
      errores.agregar(
          campo,
          "no se pueden "
              + (campo == Variables.EQUIPOS_ASIGNADOS ? "asignar" : "retirar")
              + ": "
              + String.join(", ", rechazados)
              + "; "
              + regla);
    }
  }

  private static void desconocidos(
      Variable<List<String>> campo,
      List<String> codigos,
      Map<String, Bien> bienes,
      Errores errores) {
    List<String> faltan = codigos.stream().filter(c -> !bienes.containsKey(c)).toList();
    if (!faltan.isEmpty()) {
      errores.agregar(campo, "no están en el registro de equipos: " + String.join(", ", faltan));
    }
  }
}
