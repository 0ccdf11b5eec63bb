# syntax=docker/dockerfile:1
# One image per service: docker build --build-arg SERVICE=ingest-service .
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY shared-model shared-model
COPY local-stack local-stack
COPY ingest-service ingest-service
COPY enrich-service enrich-service
COPY publish-service publish-service
COPY operator-console operator-console
COPY pipeline-tests/pom.xml pipeline-tests/pom.xml
ARG SERVICE
RUN ./mvnw -q -B -DskipTests -pl ${SERVICE} -am package

FROM eclipse-temurin:17-jre
ARG SERVICE
RUN apt-get update && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --home /app newsflow
WORKDIR /app
COPY --from=build /src/${SERVICE}/target/${SERVICE}.jar /app/app.jar
USER newsflow
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/app.jar"]
