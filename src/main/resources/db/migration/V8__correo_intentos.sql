-- Issue 10: intentos fallidos de cada mensaje del buzón (por Message-ID). Una falla técnica deja el
-- mensaje en la bandeja para la siguiente lectura; al tercer intento fallido va a la carpeta Errores.
-- La fila se borra cuando el mensaje sale de la bandeja. SQL común a H2 2.x y PostgreSQL.
CREATE TABLE correo_intento (
  clave           CHAR(64)      NOT NULL,
  message_id      VARCHAR(1000) NOT NULL,
  intentos        INTEGER       NOT NULL,
  ultimo_error    VARCHAR(1000),
  actualizado_en  TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT pk_correo_intento PRIMARY KEY (clave)
);
