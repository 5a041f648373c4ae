package pe.gob.osce.soporte.indicador;

import java.time.Instant;

/**
 * Un escalamiento al proveedor: desde la actividad 8 hasta el fin de la ventana de 24 horas (o
 * hasta el error reportado que lo devuelve a la 8). {@code fin} es nulo si la ventana sigue
 * abierta.
 */
record EsperaProveedor(String codigoTicket, Instant inicio, Instant fin) {}
