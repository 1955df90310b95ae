#!/usr/bin/env bash
# Builds the whole product (web app + API) and starts it on the embedded H2 database, with the adopted plan
# preloaded. Port: PORT (default 8080). Data folder: PLANSTATUS_DATA_DIR (default ./data).
# JVM options: deploy/java-opts (a heap and native memory that fit a small server, ≤ 400 MB resident), then
# JAVA_OPTS, whose flags win where they repeat one (e.g. JAVA_OPTS=-Xmx512m). Two malloc arenas rather than one per
# thread keep the native memory outside the JVM's own accounting small.
set -euo pipefail
cd "$(dirname "$0")"
mvn -B -q -f backend/pom.xml package -DskipTests
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
# shellcheck disable=SC2046,SC2086 # the options are words on purpose
exec java $(cat deploy/java-opts) ${JAVA_OPTS:-} -jar backend/target/quarkus-app/quarkus-run.jar
