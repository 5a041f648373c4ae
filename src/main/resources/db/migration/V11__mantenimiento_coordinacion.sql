-- Actividades 23-24 como las pide el procedimiento: medio de coordinación con el/la proveedor/a
-- (correo o teléfono), su "Plan de Trabajo – Cronograma de mantenimiento" archivado, la fecha y hora
-- de ejecución (de ahí corren las 48 horas) y los equipos atendidos y con errores. H2 y PostgreSQL.
ALTER TABLE mantenimiento ADD COLUMN medio_coordinacion VARCHAR(10);
ALTER TABLE mantenimiento ADD COLUMN correo_proveedor VARCHAR(254);
ALTER TABLE mantenimiento ADD COLUMN plan_trabajo_archivo VARCHAR(200);
ALTER TABLE mantenimiento ADD COLUMN ejecutado_en TIMESTAMP WITH TIME ZONE;
ALTER TABLE mantenimiento ADD COLUMN equipos_atendidos VARCHAR(4000);
ALTER TABLE mantenimiento ADD COLUMN equipos_con_errores VARCHAR(4000);
