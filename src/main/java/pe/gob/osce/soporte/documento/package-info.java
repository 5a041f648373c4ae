/**
 * Documentos que el procedimiento genera o guarda: cargo de asignación (anexo 2), formato de
 * traslado e informe de baja en PDF, hojas .xlsx de los registros y el almacén de archivos.
 */
package pe.gob.osce.soporte.documento;
