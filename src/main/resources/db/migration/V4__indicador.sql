-- Índices del indicador de la sección XI (indicador/ConsultaTiempoAtencion). SQL común a H2 y PostgreSQL.
-- Las filas del año se leen por ix_ticket_registrado_en (V1).

-- Tickets abiertos por estado (métrica soporte_tickets_abiertos): no recorre los cerrados.
CREATE INDEX ix_ticket_estado ON ticket (estado);

-- Las actividades 8 (escalamiento al proveedor) sin recorrer toda la historia de pasos; el fin de la
-- ventana que sigue a cada una se busca por ix_ticket_paso_ticket (V1).
CREATE INDEX ix_ticket_paso_actividad ON ticket_paso (actividad, codigo_ticket, momento);
