-- Índices del indicador de la sección XI (indicador/ConsultaTiempoAtencion). SQL común a H2 y PostgreSQL.
-- Las filas del año se leen por ix_ticket_registrado_en (V1).

-- Tickets abiertos por estado (métrica soporte_tickets_abiertos): no recorre los cerrados.
CREATE INDEX ix_ticket_estado ON ticket (estado);

-- Las esperas del proveedor (actividad 8, fin de la ventana de 24 horas, error reportado) desde el
-- inicio de un año, sin recorrer toda la historia de pasos: el índice tiene todo lo que se lee.
CREATE INDEX ix_ticket_paso_actividad ON ticket_paso (actividad, momento, codigo_ticket);
