#!/usr/bin/env bash
# Runs every test of Planstatus:
#   0. sets up what the tests need: Debian's Chromium, nginx, PostgreSQL and poppler-utils (installed with
#      apt-get when missing and run as root; otherwise the run stops and says what to install), the web app's
#      node_modules (npm ci when missing or older than package-lock.json), and a throwaway PostgreSQL cluster of
#      its own (a temporary folder, a free port on 127.0.0.1, trust authentication; run as the user postgres when
#      this script runs as root, since PostgreSQL refuses root), stopped and removed again when the run ends,
#      also on failure or Ctrl-C. A PostgreSQL server already running on the machine is never used or touched.
#   1. backend tests (@QuarkusTest + REST Assured) on the embedded H2 database, then the crash test
#      (CrashRecoveryIT: the packaged jar killed with kill -9 during writes) on an H2 file database
#   2. the same backend tests, the crash test and the two-instance test (SeveralInstancesIT: two packaged
#      instances on one database with Debian's nginx in front) on PostgreSQL (the database planstatus_test on
#      the throwaway cluster; those tests create and drop their own planstatus_test_crash_* next to it). The jar
#      built here is for PostgreSQL; step 3 builds the H2 jar again from clean.
#   3. the packaged product (web app inside the Quarkus jar) and the contract drift check of openapi.yaml
#   4. frontend lint, type check and unit tests (Vitest + Testing Library)
#   5. browser end-to-end tests of the packaged app in Debian's Chromium with axe-core
# Any suite that cannot run fails the run; nothing is skipped.
#
# TEST_SH_ONLY=pg ./test.sh runs step 0 and step 2 alone (the PostgreSQL suite on its throwaway cluster).
set -euo pipefail
cd "$(dirname "$0")"

only=${TEST_SH_ONLY:-}
case "$only" in '' | pg) ;; *) echo "test.sh: TEST_SH_ONLY may be empty (everything) or pg, not '${only}'"; exit 2 ;; esac
passed=0
step() { echo; echo "==> $*"; }
done_step() { passed=$((passed + 1)); }
trap 'echo; echo "test.sh: ${passed} passed, 1 failed"' ERR

# ---- 0. What the tests need ----------------------------------------------------------------------------------
step "Checking what the tests need"
for tool in java mvn node npm; do
  command -v "$tool" >/dev/null || { echo "test.sh: '${tool}' is missing: install Java 17, Maven 3.8+ and Node.js 20.19+"; exit 1; }
done

# The newest PostgreSQL server programs: Debian's /usr/lib/postgresql/<version>/bin, else initdb on the PATH.
find_pg_bin() {
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k4 -n -r); do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && [ -x "$dir/psql" ]; then echo "$dir"; return 0; fi
  done
  if command -v initdb >/dev/null && command -v pg_ctl >/dev/null && command -v psql >/dev/null; then
    dirname "$(command -v initdb)"; return 0
  fi
  return 1
}

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/sbin/nginx ] || missing+=(nginx)
find_pg_bin >/dev/null || missing+=(postgresql)
{ command -v pdfinfo >/dev/null && command -v pdftotext >/dev/null; } || missing+=(poppler-utils)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing Debian's ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "test.sh: the tests need ${missing[*]}, which this machine lacks. On Debian, as root:"
    echo "  apt-get install ${missing[*]}"
    echo "(Chromium at /usr/bin/chromium, nginx at /usr/sbin/nginx, PostgreSQL's initdb and pg_ctl under"
    echo "/usr/lib/postgresql/<version>/bin or on the PATH, pdfinfo and pdftotext on the PATH.)"
    exit 1
  fi
fi
PG_BIN=$(find_pg_bin) || { echo "test.sh: PostgreSQL's initdb, pg_ctl and psql were not found after installing postgresql"; exit 1; }

if [ -z "$only" ] && { [ ! -f frontend/node_modules/.package-lock.json ] \
    || [ frontend/package-lock.json -nt frontend/node_modules/.package-lock.json ]; }; then
  step "npm ci in frontend (node_modules missing or older than package-lock.json)"
  (cd frontend && npm ci --no-audit --no-fund)
fi

# A throwaway PostgreSQL cluster: its own folder, port and socket, removed on exit whatever happens.
PG_DIR=$(mktemp -d "${TMPDIR:-/tmp}/planstatus-test-pg.XXXXXX")
PG_HOST=127.0.0.1
PG_USER=postgres
PG_DB=planstatus_test
as_pg() {
  if [ "$(id -u)" = 0 ]; then
    # From /, which the user postgres may enter (the checkout may not be readable to it).
    if command -v runuser >/dev/null; then (cd / && runuser -u postgres -- "$@")
    else (cd / && su postgres -s /bin/sh -c "$(printf '%q ' "$@")"); fi
  else
    "$@"
  fi
}
stop_pg() {
  if [ -f "$PG_DIR/data/postmaster.pid" ]; then
    as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$PG_DIR"
}
trap stop_pg EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || { echo "test.sh: runs as root, but there is no user 'postgres' to run PostgreSQL as"; exit 1; }
  chown postgres: "$PG_DIR"
fi
as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -A trust -U "$PG_USER" -E UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1 \
  || { cat "$PG_DIR/initdb.log"; echo "test.sh: initdb failed"; false; }
free_port() {
  node -e 'const s = require("net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}
pg_started=
for _ in 1 2 3 4 5; do
  PG_PORT=$(free_port)
  if as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/data/server.log" -w -t 60 \
      -o "-p ${PG_PORT} -k ${PG_DIR} -c listen_addresses=${PG_HOST}" start >/dev/null; then
    pg_started=1
    break
  fi
done
[ -n "$pg_started" ] || { cat "$PG_DIR/data/server.log"; echo "test.sh: the throwaway PostgreSQL did not start"; false; }
"$PG_BIN/psql" -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -v ON_ERROR_STOP=1 -q -c "CREATE DATABASE ${PG_DB}"
echo "Throwaway PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on ${PG_HOST}:${PG_PORT} in ${PG_DIR}"
export PLANSTATUS_TEST_PG_HOST=$PG_HOST PLANSTATUS_TEST_PG_PORT=$PG_PORT

# ---- 1.–5. The suites ------------------------------------------------------------------------------------------
if [ -z "$only" ]; then
  step "Backend tests on H2"
  mvn -B -f backend/pom.xml clean verify -Dfrontend.skip=true
  done_step
fi

step "Backend tests on PostgreSQL (database ${PG_DB} on ${PG_HOST}:${PG_PORT})"
PLANSTATUS_DB_URL="jdbc:postgresql://${PG_HOST}:${PG_PORT}/${PG_DB}" PLANSTATUS_DB_USER="$PG_USER" \
  mvn -B -f backend/pom.xml verify -Dfrontend.skip=true -Dquarkus.test.profile=pg -Dquarkus.profile=pg
done_step

if [ -z "$only" ]; then
  step "Package the product and check the contract"
  mvn -B -q -f backend/pom.xml clean package -DskipTests
  if ! diff -u openapi.yaml backend/target/openapi/openapi.yaml; then
    echo "openapi.yaml differs from what the build produces: cp backend/target/openapi/openapi.yaml openapi.yaml"
    false
  fi
  done_step

  step "Frontend lint, type check and unit tests"
  (cd frontend && npm run lint && npm run typecheck && npm test)
  done_step

  step "Browser end-to-end tests of the packaged app"
  (cd frontend && npm run test:e2e)
  done_step
fi

trap - ERR
echo
echo "test.sh: ${passed} passed, 0 failed"
