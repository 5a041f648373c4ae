package pe.gob.osce.soporte.mantenimiento;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import pe.gob.osce.soporte.correo.PlantillaCorreo.Redaccion;

/** La plantilla de coordinación redacta, byte a byte, el correo que antes escribía el delegate. */
class CorreosMantenimientoTest {

  @Test
  void coordinacionConElProveedor() {
    LocalDate fecha = LocalDate.of(2026, 5, 14);
    Redaccion redaccion =
        CorreosMantenimiento.COORDINACION
            .con("proveedor", "Servicios Andinos SAC")
            .con("tipoEquipo", "CPU")
            .con("codigo", "MAN-2026-000003")
            .con("fecha", fecha)
            .redactar();

    assertThat(redaccion.asunto())
        .isEqualTo("[MAN-2026-000003] Coordinación del mantenimiento de CPU");
    assertThat(redaccion.cuerpo())
        .isEqualTo(
            """
        Estimado/a proveedor/a %s:

        La Unidad de Arquitectura y Soporte de TIC (UAST) del OSCE confirma la coordinación del
        mantenimiento preventivo de %s (%s), programado para el %s.

        Al concluir, indíquenos la fecha y hora de ejecución y los equipos atendidos; a las 48 horas
        de ejecutado verificaremos si la PC o impresora tuvo desperfectos, y luego le pediremos el
        informe técnico (reporte de mantenimiento).

        Atentamente,
        Mesa de Ayuda – UAST
        """
                .formatted("Servicios Andinos SAC", "CPU", "MAN-2026-000003", fecha));
  }
}
