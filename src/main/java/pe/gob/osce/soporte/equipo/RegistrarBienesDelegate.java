package pe.gob.osce.soporte.equipo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.DatosInvalidosException;
import pe.gob.osce.soporte.comun.Textos;
import pe.gob.osce.soporte.equipo.InformesBaja.BienInforme;

/**
 * Inicio del informe de baja (bajaBienes), en la transacción que lo inicia: cada bien elegido debe
 * estar pendiente de baja (actividad 19) y no estar en otro informe en curso; si no, el inicio se
 * rechaza nombrando el bien y no queda nada. El número del informe pasa a ser la business key.
 */
@Component
class RegistrarBienesDelegate implements JavaDelegate {

  private final RegistroEquipos registro;
  private final CicloVidaEquipoAdapter cicloVida;
  private final InformesBaja informes;

  RegistrarBienesDelegate(
      RegistroEquipos registro, CicloVidaEquipoAdapter cicloVida, InformesBaja informes) {
    this.registro = registro;
    this.cicloVida = cicloVida;
    this.informes = informes;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    List<String> codigos = BienesBaja.codigos(BajaBienesProceso.Variables.BIENES.leer(ejecucion));
    List<String> rechazos = new ArrayList<>();
    List<BienInforme> bienes = new ArrayList<>();
    for (String codigo : codigos) {
      // Bloquea la fila: dos informes iniciados a la vez con el mismo bien se ordenan.
      Optional<Equipo> equipo = registro.bloquear(codigo);
      Optional<Map<String, Object>> ciclo = cicloVida.esperaBaja(codigo);
      Optional<String> otroInforme = informes.enCurso(codigo);
      if (equipo.isEmpty()) {
        rechazos.add("el bien " + codigo + " no está en el registro de equipos");
      } else if (equipo.get().estado() != EstadoEquipo.PENDIENTE_BAJA) {
        rechazos.add(
            "el bien "
                + codigo
                + " está «"
                + equipo.get().estado().etiqueta()
                + "», no pendiente de baja (actividad 19)");
      } else if (otroInforme.isPresent()) {
        rechazos.add(
            "el bien "
                + codigo
                + " ya está en el informe de baja "
                + otroInforme.get()
                + ", aún en curso");
      } else if (ciclo.isEmpty()) {
        rechazos.add("el ciclo de vida del bien " + codigo + " no espera la baja (actividad 19)");
      } else {
        bienes.add(bien(codigo, ciclo.get()));
      }
    }
    if (codigos.isEmpty()) {
      rechazos.add("elija al menos un bien pendiente de baja");
    }
    if (!rechazos.isEmpty()) {
      throw DatosInvalidosException.deCampo(
          BajaBienesProceso.Variables.BIENES, String.join("; ", rechazos));
    }
    String numero = informes.nuevoNumero();
    ejecucion.setProcessBusinessKey(numero);
    BajaBienesProceso.Variables.NUMERO_INFORME_BAJA.escribir(ejecucion, numero);
    informes.incluir(numero, bienes);
    BajaBienesProceso.Variables.RELACION_BIENES.escribir(ejecucion, relacion(bienes));
  }

  private static BienInforme bien(String codigo, Map<String, Object> variablesCiclo) {
    MotivoBaja motivo = CicloVidaEquipoProceso.Variables.MOTIVO_BAJA.de(variablesCiclo);
    String diagnostico = CicloVidaEquipoProceso.Variables.DIAGNOSTICO.de(variablesCiclo);
    String obsolescencia =
        CicloVidaEquipoProceso.Variables.SUSTENTO_OBSOLESCENCIA.de(variablesCiclo);
    String texto =
        (diagnostico == null ? "" : diagnostico)
            + (obsolescencia == null ? "" : " Obsolescencia: " + obsolescencia);
    return new BienInforme(codigo, motivo, Textos.recortar(texto.strip(), 2000));
  }

  /** La relación en Markdown que muestran los formularios de las actividades 20-22. */
  private String relacion(List<BienInforme> bienes) {
    StringBuilder texto = new StringBuilder();
    for (BienInforme b : bienes) {
      Equipo e = registro.buscar(b.codigoPatrimonial()).orElseThrow();
      texto
          .append("- **")
          .append(e.codigoPatrimonial())
          .append("** · ")
          .append(e.tipo().etiqueta())
          .append(' ')
          .append(e.marca())
          .append(' ')
          .append(e.modelo())
          .append(" · serie ")
          .append(e.serie())
          .append(" · ")
          .append(e.sede())
          .append(" · ")
          .append(b.motivo() == null ? "" : b.motivo().etiqueta())
          .append(
              b.diagnostico() == null || b.diagnostico().isEmpty() ? "" : ": " + b.diagnostico())
          .append('\n');
    }
    return Textos.recortar(texto.toString(), 3900);
  }
}
