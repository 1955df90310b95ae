#!/usr/bin/env bash
# Runs every test of Planstatus:
#   1. backend tests (@QuarkusTest + REST Assured) on the embedded H2 database, then the crash test
#      (CrashRecoveryIT: the packaged jar killed with kill -9 during writes) on an H2 file database
#   2. the same backend tests, the crash test and the two-instance test (SeveralInstancesIT: two packaged
#      instances on one database with Debian's nginx in front) on PostgreSQL (a fresh database on
#      PLANSTATUS_TEST_PG_HOST:5432; those tests create and drop their own <database>_crash_* next to it). The jar built here is for
#      PostgreSQL; step 3 builds the H2 jar again from clean.
#   3. the packaged product (web app inside the Quarkus jar) and the contract drift check of openapi.yaml
#   4. frontend lint, type check and unit tests (Vitest + Testing Library)
#   5. browser end-to-end tests of the packaged app in Debian's Chromium with axe-core
# Any suite that cannot run (no database, no browser) fails the run; nothing is skipped.
set -euo pipefail
cd "$(dirname "$0")"

PG_HOST=${PLANSTATUS_TEST_PG_HOST:-127.0.0.1}
PG_USER=${PLANSTATUS_TEST_PG_USER:-postgres}
PG_DB=planstatus_test_$$
passed=0
step() { echo; echo "==> $*"; }
done_step() { passed=$((passed + 1)); }
trap 'echo; echo "test.sh: ${passed} passed, 1 failed"' ERR

step "Backend tests on H2"
mvn -B -f backend/pom.xml clean verify -Dfrontend.skip=true
done_step

step "Backend tests on PostgreSQL (database ${PG_DB} on ${PG_HOST})"
psql -h "$PG_HOST" -U "$PG_USER" -d postgres -v ON_ERROR_STOP=1 -q -c "CREATE DATABASE ${PG_DB}"
cleanup_pg() {
  local db
  for db in $(psql -h "$PG_HOST" -U "$PG_USER" -d postgres -Atq \
      -c "SELECT datname FROM pg_database WHERE datname LIKE '${PG_DB}\_crash\_%'" || true); do
    psql -h "$PG_HOST" -U "$PG_USER" -d postgres -q -c "DROP DATABASE IF EXISTS ${db} WITH (FORCE)" || true
  done
  psql -h "$PG_HOST" -U "$PG_USER" -d postgres -q -c "DROP DATABASE IF EXISTS ${PG_DB}" || true
}
trap cleanup_pg EXIT
PLANSTATUS_DB_URL="jdbc:postgresql://${PG_HOST}:5432/${PG_DB}" PLANSTATUS_DB_USER="$PG_USER" \
  mvn -B -f backend/pom.xml verify -Dfrontend.skip=true -Dquarkus.test.profile=pg -Dquarkus.profile=pg
done_step

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

trap - ERR
echo
echo "test.sh: ${passed} passed, 0 failed"
