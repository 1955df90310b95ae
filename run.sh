#!/usr/bin/env bash
# Builds the whole product (web app + API) and starts it on the embedded H2 database, with the adopted plan
# preloaded. Port: PORT (default 8080). Data folder: PLANSTATUS_DATA_DIR (default ./data).
set -euo pipefail
cd "$(dirname "$0")"
mvn -B -q -f backend/pom.xml package -DskipTests
exec java -jar backend/target/quarkus-app/quarkus-run.jar
