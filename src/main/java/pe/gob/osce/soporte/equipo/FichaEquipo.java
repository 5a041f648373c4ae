package pe.gob.osce.soporte.equipo;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.Reloj;
import pe.gob.osce.soporte.equipo.CicloVidaEquipoProceso.Variables;

/**
 * La ficha del equipo que muestra cada formulario del ciclo de vida: tipo, marca, modelo, serie,
 * código patrimonial, último titular y la historia del registro de alta, baja y traslado. Se vuelve
 * a escribir al crear cada tarea, para que siempre muestre la historia al día.
 */
@Component
class FichaEquipo {

  private static final DateTimeFormatter FECHA = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  /**
   * Camunda guarda un texto de hasta 4000 caracteres; la historia completa está en /api/equipos.
   */
  private static final int MOVIMIENTOS_VISIBLES = 12;

  private static final int LARGO_MAXIMO = 3900;

  private final RegistroEquipos registro;

  FichaEquipo(RegistroEquipos registro) {
    this.registro = registro;
  }

  public void mostrar(VariableScope ambito) {
    String codigo = Variables.CODIGO_PATRIMONIAL.leer(ambito);
    Variables.FICHA_EQUIPO.escribir(ambito, texto(codigo));
  }

  /** La ficha en Markdown, como la muestra Camunda Forms. */
  String texto(String codigo) {
    Equipo e = registro.buscar(codigo).orElse(null);
    if (e == null) {
      return "El equipo " + codigo + " no está en el registro de equipos.";
    }
    StringBuilder ficha =
        new StringBuilder()
            .append("**Código patrimonial:** ")
            .append(e.codigoPatrimonial())
            .append(" · **Tipo:** ")
            .append(e.tipo().etiqueta())
            .append(" · **Marca:** ")
            .append(e.marca())
            .append(" · **Modelo:** ")
            .append(e.modelo())
            .append(" · **Serie:** ")
            .append(e.serie())
            .append("\n\n")
            .append("**Sede:** ")
            .append(e.sede())
            .append(" · **Estado:** ")
            .append(e.estado().etiqueta())
            .append(" · **Último titular:** ")
            .append(registro.ultimoTitular(codigo).orElse("ninguno"))
            .append("\n\n")
            .append("**Historia (registro de alta, baja y traslado):**\n\n");
    List<MovimientoEquipo> historia = registro.historia(codigo);
    if (historia.size() > MOVIMIENTOS_VISIBLES) {
      ficha
          .append("- … ")
          .append(historia.size() - MOVIMIENTOS_VISIBLES)
          .append(" movimientos anteriores en /api/equipos/")
          .append(e.codigoPatrimonial())
          .append('\n');
      historia = historia.subList(historia.size() - MOVIMIENTOS_VISIBLES, historia.size());
    }
    for (MovimientoEquipo m : historia) {
      ficha
          .append("- ")
          .append(FECHA.format(m.momento().atZoneSameInstant(Reloj.LIMA)))
          .append(" · ")
          .append(m.estadoAnterior() == null ? "alta" : m.estadoAnterior().etiqueta())
          .append(" → ")
          .append(m.estadoNuevo().etiqueta())
          .append(" · ")
          .append(m.usuario() == null ? "" : m.usuario())
          .append(" · ")
          .append(m.motivo())
          .append('\n');
    }
    return ficha.length() <= LARGO_MAXIMO
        ? ficha.toString()
        : ficha.substring(0, LARGO_MAXIMO - 1) + "…";
  }
}
