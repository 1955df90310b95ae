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
# The JVM options of run.sh and the benchmark (deploy/java-opts: ≤ 400 MB resident); JAVA_OPTS adds to them and wins
# where it repeats a flag.
COPY deploy/java-opts ./
ENV QUARKUS_PROFILE=pg
ENV JAVA_OPTS=""
ENV MALLOC_ARENA_MAX=2
# An AppCDS archive of the classes loaded while the app starts (as quarkus.package.jar.appcds does at build time, but
# made with this image's own JVM, which must be the one that reads it, and its profile): 15–25 % off the start here.
RUN java -XX:ArchiveClassesAtExit=app-cds.jsa -Dquarkus.appcds.generate=true -jar quarkus-run.jar
EXPOSE 8080
USER 1001
CMD ["sh", "-c", "exec java $(cat java-opts) -XX:SharedArchiveFile=app-cds.jsa $JAVA_OPTS -jar quarkus-run.jar"]
