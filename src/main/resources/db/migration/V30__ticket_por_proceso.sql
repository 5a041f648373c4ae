-- Issue 14: la respuesta a un correo de un ticket se busca por la instancia de su proceso
-- (RegistroActividades.codigoDeProceso); sin índice, cada correo recorría la tabla entera
-- (172 ms por consulta con 100 000 tickets en H2).
CREATE INDEX ix_ticket_proceso ON ticket (process_instance_id);
