-- Issue 11. SQL común a H2 2.x y PostgreSQL.

-- Punto 3: un informe de baja (proceso bajaBienes, actividades 20-22) lista varios bienes. Cada
-- bien del informe queda aquí desde que se inicia el informe; la cabecera (informe_baja) se escribe
-- al generar el PDF y ya no nombra un solo bien.
CREATE TABLE informe_baja_bien (
  numero               VARCHAR(20)  NOT NULL,
  codigo_patrimonial   VARCHAR(40)  NOT NULL,
  motivo               VARCHAR(30),
  diagnostico          VARCHAR(2000),
  baja_solicitada_en   TIMESTAMP WITH TIME ZONE,
  CONSTRAINT pk_informe_baja_bien PRIMARY KEY (numero, codigo_patrimonial),
  CONSTRAINT fk_informe_baja_bien_equipo FOREIGN KEY (codigo_patrimonial) REFERENCES equipo (codigo_patrimonial)
);
CREATE INDEX ix_informe_baja_bien_equipo ON informe_baja_bien (codigo_patrimonial);
INSERT INTO informe_baja_bien (numero, codigo_patrimonial, motivo)
  SELECT numero, codigo_patrimonial, motivo FROM informe_baja;
ALTER TABLE informe_baja ALTER COLUMN codigo_patrimonial DROP NOT NULL;
ALTER TABLE informe_baja ALTER COLUMN motivo DROP NOT NULL;

-- Punto 7: cada fila del registro de alta, baja y traslado guarda la sede que tenía el bien en ese
-- momento y, en un traslado entre sedes, el origen y el destino.
ALTER TABLE equipo_movimiento ADD COLUMN sede VARCHAR(100);
ALTER TABLE equipo_movimiento ADD COLUMN sede_origen VARCHAR(100);
ALTER TABLE equipo_movimiento ADD COLUMN sede_destino VARCHAR(100);
UPDATE equipo_movimiento SET sede =
  (SELECT e.sede FROM equipo e WHERE e.codigo_patrimonial = equipo_movimiento.codigo_patrimonial);
