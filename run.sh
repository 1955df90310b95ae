#!/usr/bin/env bash
# Builds the whole product (web app + API) and starts it on the embedded H2 database, with the adopted plan
# preloaded. Port: PORT (default 8080). Data folder: PLANSTATUS_DATA_DIR (default ./data).
# JVM options: deploy/java-opts (a heap and native memory that fit a small server, ≤ 400 MB resident), then
# JAVA_OPTS, whose flags win where they repeat one (e.g. JAVA_OPTS=-Xmx512m). Two malloc arenas rather than one per
# thread keep the native memory outside the JVM's own accounting small.
# The build also writes an AppCDS archive (quarkus.package.jar.appcds): the classes the app loads while it starts,
# parsed and verified once, which takes 15–25 % off the start here. The JVM uses it only when started, as here,
# from the folder of quarkus-run.jar, and ignores it (with a warning) if the jar has been rebuilt since.
set -euo pipefail
cd "$(dirname "$0")"
root="$PWD"
mvn -B -q -f backend/pom.xml package -DskipTests -Dquarkus.package.jar.appcds.enabled=true
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
# A relative data folder stays relative to this folder, not to the app's.
data_dir="${PLANSTATUS_DATA_DIR:-./data}"
case "$data_dir" in /*) ;; *) data_dir="$root/${data_dir#./}" ;; esac
export PLANSTATUS_DATA_DIR="$data_dir"
cd backend/target/quarkus-app
cds=()
if [ -f app-cds.jsa ]; then cds=(-XX:SharedArchiveFile=app-cds.jsa); fi
# shellcheck disable=SC2046,SC2086 # the options are words on purpose
exec java $(cat "$root/deploy/java-opts") "${cds[@]}" ${JAVA_OPTS:-} -jar quarkus-run.jar
