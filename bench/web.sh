#!/usr/bin/env bash
# The web app's first load on a phone (issue 12): Lighthouse 12.2.3's mobile performance score of the overview, a
# goal, a measure and the responsible bodies, target >= 95 each. Run it as `BENCH_ONLY=web bench/run.sh`.
#
# Builds the packaged H2 jar with the web app into bench/target/web (BENCH_SKIP_BUILD=1 reuses it; BENCH_WEB_JAR
# names another quarkus-run.jar), installs lighthouse@12.2.3 into bench/target/lighthouse when missing, starts the
# jar on a free port with a throwaway data folder (the default plan preloaded) and the JVM options of
# deploy/java-opts, asks each page once to warm the server, then runs Lighthouse BENCH_WEB_RUNS times (3) per page
# (Lighthouse's own simulated throttling: a mid-range phone on a slow 4G line) and prints each score, the median and
# the load average before and after. Needs Chromium (CHROME_PATH, default /usr/bin/chromium) and Node. Lighthouse
# scores move with the machine's load: compare runs made at the same load. About 3 minutes after the build.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${BENCH_WEB_RUNS:-3}"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
WEB_DIR="$PWD/bench/target/web"
JAR="${BENCH_WEB_JAR:-$WEB_DIR/quarkus-app/quarkus-run.jar}"
LH_DIR="$PWD/bench/target/lighthouse"
LIGHTHOUSE="$LH_DIR/node_modules/.bin/lighthouse"

if [ ! -x "$CHROME_PATH" ]; then
  echo "Chromium is missing at $CHROME_PATH (Debian: apt-get install chromium), or set CHROME_PATH" >&2
  exit 1
fi
if [ -z "${BENCH_WEB_JAR:-}" ] && { [ "${BENCH_SKIP_BUILD:-}" != 1 ] || [ ! -f "$JAR" ]; }; then
  echo "building the H2 jar with the web app into bench/target/web ..."
  mvn -B -q -f backend/pom.xml package -DskipTests -Dbuild.dir="$WEB_DIR"
fi
if [ ! -x "$LIGHTHOUSE" ]; then
  echo "installing lighthouse@12.2.3 into bench/target/lighthouse ..."
  npm i -E --silent --no-audit --no-fund --prefix "$LH_DIR" lighthouse@12.2.3 >/dev/null
fi

PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
DATA="$(mktemp -d)"
APP_PID=""
cleanup() {
  if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
  rm -rf "$DATA"
}
trap cleanup EXIT INT TERM

# shellcheck disable=SC2046 # the options are words on purpose
MALLOC_ARENA_MAX=2 PORT="$PORT" PLANSTATUS_DATA_DIR="$DATA/db" PLANSTATUS_ADMIN_PASSWORD=benchmark-admin-password \
  java $(cat deploy/java-opts) -jar "$JAR" >"$DATA/app.log" 2>&1 &
APP_PID=$!
BASE="http://127.0.0.1:$PORT"
for _ in $(seq 1 120); do
  if curl -sf -o /dev/null "$BASE/api/v1/parties"; then break; fi
  if ! kill -0 "$APP_PID" 2>/dev/null; then cat "$DATA/app.log" >&2; exit 1; fi
  sleep 0.5
done
curl -sf -o /dev/null "$BASE/api/v1/parties" || { echo "the app did not start" >&2; exit 1; }

PAGES=("overview /" "goal /mal/1" "measure /tiltak/1" "bodies /ansvarlige")
for page in "${PAGES[@]}"; do curl -sf -o /dev/null "$BASE${page#* }"; done

echo "Lighthouse 12.2.3, mobile, performance only; $RUNS runs per page; $("$CHROME_PATH" --version 2>/dev/null || true)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
summary=()
for page in "${PAGES[@]}"; do
  name="${page%% *}"
  path="${page#* }"
  scores=()
  for run in $(seq 1 "$RUNS"); do
    out="$DATA/$name-$run.json"
    "$LIGHTHOUSE" "$BASE$path" --form-factor=mobile --only-categories=performance --quiet \
      --chrome-flags="--headless=new --no-sandbox" --output=json --output-path="$out" >/dev/null 2>&1 || true
    line="$(node -e '
      const r = require(process.argv[1]); const a = r.audits; const ms = (k) => Math.round(a[k].numericValue);
      console.log(Math.round(r.categories.performance.score * 100),
        `FCP ${ms("first-contentful-paint")} ms, LCP ${ms("largest-contentful-paint")} ms,` +
        ` TBT ${ms("total-blocking-time")} ms, SI ${ms("speed-index")} ms,` +
        ` CLS ${a["cumulative-layout-shift"].numericValue.toFixed(3)}`);' "$out" 2>/dev/null || echo "0 no result")"
    scores+=("${line%% *}")
    echo "  $name ($path) run $run: ${line%% *}  (${line#* })"
  done
  median="$(printf '%s\n' "${scores[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')"
  verdict="missed"
  if [ "$median" -ge 95 ]; then verdict="met"; fi
  summary+=("$(printf '  %-42s %3s (runs: %s)  [target >= 95: %s]' "Lighthouse mobile, $name ($path)" "$median" "${scores[*]}" "$verdict")")
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Summary (median of $RUNS):"
printf '%s\n' "${summary[@]}"
