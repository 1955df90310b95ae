#!/usr/bin/env bash
# Runs the Planstatus benchmark: builds the jar for PostgreSQL, installs wrk when missing, then bench/bench.py.
# Needs PostgreSQL on 127.0.0.1:5432 where user postgres may create databases (it uses planstatus_bench).
# Takes about 20 minutes. Knobs: BENCH_SECONDS, BENCH_WARMUP_SECONDS, BENCH_RATE, BENCH_CONNECTIONS,
# BENCH_THREADS, BENCH_JAVA_OPTS (default: deploy/java-opts), BENCH_JAR, BENCH_SKIP_BUILD=1 (reuse bench/target),
# BENCH_PG_LOG (PostgreSQL's log file), BENCH_CDS=0 (start without the AppCDS archive the build makes),
# BENCH_ONLY=import|revision|reads|web, BENCH_REUSE_DB=1, BENCH_ROUNDS, BENCH_REVISION_SECONDS, BENCH_REVISION_OTHER_JAR
# (see docs/benchmark.md). BENCH_ONLY=web runs bench/web.sh alone (Lighthouse's mobile score of four public pages
# on the packaged H2 jar with the web app; BENCH_WEB_RUNS, BENCH_WEB_JAR); it is not part of the default run.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${BENCH_ONLY:-}" = web ]; then
  exec bench/web.sh
fi
if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y -q wrk >/dev/null; else sudo apt-get install -y -q wrk >/dev/null; fi
fi
if [ "${BENCH_SKIP_BUILD:-}" != 1 ] || [ ! -f bench/target/quarkus-app/quarkus-run.jar ]; then
  echo "building the PostgreSQL jar (API only) into bench/target ..."
  mvn -B -q -f backend/pom.xml package -DskipTests -Dquarkus.profile=pg -Dfrontend.skip=true \
    -Dquarkus.package.jar.appcds.enabled=true \
    -Dbuild.dir="$PWD/bench/target"
fi
exec python3 bench/bench.py
