-- Secretos que el servicio genera cuando la configuración no los da (p. ej. la firma de los enlaces
-- de conformidad): guardados en la base, valen tras un reinicio y los comparten los nodos del clúster.
CREATE TABLE secreto (
  nombre  VARCHAR(60)  NOT NULL,
  valor   VARCHAR(200) NOT NULL,
  CONSTRAINT pk_secreto PRIMARY KEY (nombre)
);
