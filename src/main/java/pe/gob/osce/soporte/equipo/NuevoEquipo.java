package pe.gob.osce.soporte.equipo;

import pe.gob.osce.soporte.comun.Errores;

/**
 * Alta de un equipo o medio de almacenamiento extraíble en el registro ({@code POST /api/equipos}).
 */
public record NuevoEquipo(
    String codigoPatrimonial,
    String tipo,
    String marca,
    String modelo,
    String serie,
    String sede,
    String titular) {

  public void validar() {
    Errores errores =
        new Errores()
            .siVacio("codigoPatrimonial", codigoPatrimonial, "es obligatorio")
            .siLargo("codigoPatrimonial", codigoPatrimonial, 40);
    if (codigoPatrimonial != null
        && !codigoPatrimonial.isBlank()
        && !codigoPatrimonial.trim().matches("[A-Za-z0-9._/-]+")) {
      errores.agregar("codigoPatrimonial", "solo admite letras, números y . _ / -");
    }
    if (tipo == null || tipo.isBlank()) {
      errores.agregar(
          "tipo",
          "es obligatorio: un código de hardware del catálogo o de medio de almacenamiento"
              + " extraíble ("
              + TipoBien.codigos()
              + ")");
    } else if (TipoBien.deCodigo(tipo).isEmpty()) {
      errores.agregar(
          "tipo",
          "«"
              + tipo
              + "» no es un tipo de hardware del catálogo ni un medio de almacenamiento"
              + " extraíble ("
              + TipoBien.codigos()
              + ")");
    }
    errores
        .siVacio("marca", marca, "es obligatorio")
        .siLargo("marca", marca, 100)
        .siVacio("modelo", modelo, "es obligatorio")
        .siLargo("modelo", modelo, 100)
        .siVacio("serie", serie, "es obligatorio")
        .siLargo("serie", serie, 100)
        .siVacio("sede", sede, "es obligatorio")
        .siLargo("sede", sede, 100)
        .siCorreoInvalido("titular", titular);
    errores.lanzarSiHay();
  }
}
