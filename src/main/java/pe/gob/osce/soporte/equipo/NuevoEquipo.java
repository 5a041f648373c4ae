package pe.gob.osce.soporte.equipo;

import pe.gob.osce.soporte.comun.Errores;
import pe.gob.osce.soporte.ticket.Servicio;

/** Alta de un equipo en el registro ({@code POST /api/equipos}). */
public record NuevoEquipo(
    String codigoPatrimonial, String tipo, String marca, String modelo, String serie, String sede, String titular) {

  public void validar() {
    Errores errores = new Errores()
        .siVacio("codigoPatrimonial", codigoPatrimonial, "es obligatorio")
        .siLargo("codigoPatrimonial", codigoPatrimonial, 40);
    if (codigoPatrimonial != null && !codigoPatrimonial.isBlank() && !codigoPatrimonial.trim().matches("[A-Za-z0-9._/-]+")) {
      errores.agregar("codigoPatrimonial", "solo admite letras, números y . _ / -");
    }
    if (tipo == null || tipo.isBlank()) {
      errores.agregar("tipo", "es obligatorio: un código de hardware del catálogo (CPU_LAPTOP, IMPRESORA, ...)");
    } else if (Servicio.deCodigo(tipo).filter(s -> s.categoria() == Servicio.Categoria.HARDWARE).isEmpty()) {
      errores.agregar("tipo", "«" + tipo + "» no es un tipo de hardware del catálogo");
    }
    errores.siVacio("marca", marca, "es obligatorio").siLargo("marca", marca, 100)
        .siVacio("modelo", modelo, "es obligatorio").siLargo("modelo", modelo, 100)
        .siVacio("serie", serie, "es obligatorio").siLargo("serie", serie, 100)
        .siVacio("sede", sede, "es obligatorio").siLargo("sede", sede, 100)
        .siCorreoInvalido("titular", titular);
    errores.lanzarSiHay();
  }
}
