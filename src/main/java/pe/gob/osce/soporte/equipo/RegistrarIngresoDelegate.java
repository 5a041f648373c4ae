package pe.gob.osce.soporte.equipo;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import pe.gob.osce.soporte.comun.Errores;
import pe.gob.osce.soporte.comun.UsuarioActual;
import pe.gob.osce.soporte.equipo.CicloVidaEquipoProceso.Variables;

/**
 * Inicio del ciclo de vida, en la transacción que lo inicia: el equipo debe estar en el registro y
 * no estar ya en otro ciclo; si no, el inicio se rechaza y no queda nada. El código patrimonial
 * pasa a ser la business key y el equipo queda "en diagnóstico".
 */
@Component
class RegistrarIngresoDelegate implements JavaDelegate {

  private final RegistroEquipos registro;
  private final CicloVidaEquipoAdapter cicloVida;
  private final UsuarioActual usuario;

  RegistrarIngresoDelegate(
      RegistroEquipos registro, CicloVidaEquipoAdapter cicloVida, UsuarioActual usuario) {
    this.registro = registro;
    this.cicloVida = cicloVida;
    this.usuario = usuario;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    String codigo = RegistroEquipos.normalizar(Variables.CODIGO_PATRIMONIAL.leer(ejecucion));
    String ticket = Variables.TICKET.leer(ejecucion);
    Errores errores = new Errores().siVacio(Variables.CODIGO_PATRIMONIAL, codigo, "es obligatorio");
    Equipo equipo = codigo == null ? null : registro.bloquear(codigo).orElse(null);
    if (codigo != null && equipo == null) {
      errores.agregar(
          Variables.CODIGO_PATRIMONIAL,
          "el equipo " + codigo + " no está en el registro de equipos: regístrelo primero");
    } else if (equipo != null && equipo.estado() == EstadoEquipo.BAJA_SOLICITADA) {
      errores.agregar(
          Variables.CODIGO_PATRIMONIAL,
          "el equipo " + codigo + " ya tiene la baja solicitada a la Oficina de Administración");
    } else if (equipo != null
        && cicloVida.estaEnOtroCiclo(codigo, ejecucion.getProcessInstanceId())) {
      errores.agregar(
          Variables.CODIGO_PATRIMONIAL,
          "el equipo "
              + codigo
              + " ya está en su ciclo de vida (diagnóstico, almacén o baja): no se inicia otro");
    }
    errores.lanzarSiHay();
    ejecucion.setProcessBusinessKey(codigo);
    Variables.CODIGO_PATRIMONIAL.escribir(ejecucion, codigo);
    if (equipo.estado() != EstadoEquipo.EN_DIAGNOSTICO) {
      registro.cambiar(
          codigo,
          EstadoEquipo.EN_DIAGNOSTICO,
          null,
          ticket == null
              ? "Ingresa a la UAST para su diagnóstico (actividad 15)"
              : "Devuelto a la UAST con el ticket "
                  + ticket
                  + ": pasa a diagnóstico (actividad 15)",
          ticket,
          usuario.id());
    }
  }
}
