# syntax=docker/dockerfile:1
# Imagen de soporte-ti: se compila con el Maven wrapper y corre solo con el JRE, sin root.

FROM eclipse-temurin:17-jdk AS build
WORKDIR /build
# Primero lo que define las dependencias, para reutilizar la capa mientras el pom no cambie.
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN chmod +x mvnw && ./mvnw -B -q dependency:go-offline
COPY src src
COPY bpmn bpmn
COPY forms forms
RUN ./mvnw -B -q -DskipTests package && cp target/soporte-ti-*.jar /build/app.jar

FROM eclipse-temurin:17-jre
# curl para el healthcheck de docker-compose.yml (/actuator/health).
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
RUN groupadd --system soporte && useradd --system --gid soporte --home-dir /app --no-create-home soporte \
    && mkdir -p /app/data && chown -R soporte:soporte /app
WORKDIR /app
COPY --from=build --chown=soporte:soporte /build/app.jar /app/app.jar
USER soporte
# Sin perfil: corre con las reglas de producción (PostgreSQL, administrador y dirección pública obligatorios).
# Documentos (cargos, formatos) y demás datos locales: montar un volumen aquí.
ENV SOPORTE_DATA_DIR=/app/data \
    JAVA_OPTS=""
VOLUME ["/app/data"]
EXPOSE 8080
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/app.jar"]
