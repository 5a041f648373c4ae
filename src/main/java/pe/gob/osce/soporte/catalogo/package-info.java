/**
 * Catálogo del procedimiento, hoja sin dependencias: servicios, canales y tipos de ticket (anexo 1)
 * y los grupos del contrato, uno por columna "Responsable".
 */
package pe.gob.osce.soporte.catalogo;
