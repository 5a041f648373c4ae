-- La preparación de cada nodo al iniciar (grupos, autorizaciones, filtros) se hace de a un nodo a la
-- vez bloqueando esta fila (comun/ArranqueExclusivo).
INSERT INTO cerrojo (nombre, duenio, hasta) VALUES ('arranque', NULL, TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00');
