/**
 * Indicador de la sección XI (tiempo de atención por mes, en días hábiles), su API, su hoja .xlsx y
 * las métricas para Prometheus.
 */
package pe.gob.osce.soporte.indicador;
