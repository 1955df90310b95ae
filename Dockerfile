# The Planstatus product (web app + API) for PostgreSQL. Built by docker-compose.yml; see README.md.
FROM node:20-bookworm AS web
WORKDIR /src
COPY openapi.yaml ./
COPY frontend/package.json frontend/package-lock.json frontend/
RUN cd frontend && npm ci --no-audit --no-fund
COPY frontend frontend
RUN cd frontend && npm run build

FROM maven:3.9-eclipse-temurin-17 AS app
WORKDIR /src
COPY backend/pom.xml backend/
RUN mvn -B -q -f backend/pom.xml dependency:go-offline -Dfrontend.skip=true
COPY backend backend
COPY --from=web /src/frontend/dist backend/src/main/resources/META-INF/resources
RUN mvn -B -q -f backend/pom.xml package -DskipTests -Dfrontend.skip=true -Dquarkus.profile=pg

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=app /src/backend/target/quarkus-app/ ./
ENV QUARKUS_PROFILE=pg
EXPOSE 8080
USER 1001
CMD ["java", "-jar", "quarkus-run.jar"]
