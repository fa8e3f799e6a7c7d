#!/usr/bin/env bash
# API benchmark on this machine only: starts Keycloak (if not running) and a throw-away platform on a fresh
# H2 database with the per-client rate limits lifted, runs ApiBench, writes the summary to
# ops/bench/results/api-<date>.txt, and stops what it started. Bounded: about 700 requests.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
PORT=${BENCH_PORT:-8089}
WORK=$ROOT/target/bench
OUT=$ROOT/ops/bench/results/api-$(date -u +%Y%m%d-%H%M).txt
rm -rf "$WORK" && mkdir -p "$WORK/data" "$(dirname "$OUT")"
[ -f portal-core/target/ROOT-microbundle.jar ] || mvn -B -q -DskipTests package

STARTED_KC=0
PID=
cleanup() {
  trap - EXIT INT TERM; set +e
  [ -n "$PID" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null
  [ "$STARTED_KC" = 1 ] && ops/keycloak/stop.sh >/dev/null
}
trap cleanup EXIT INT TERM
if ! curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:${KC_MGMT_PORT:-9180}/health/ready"; then
  STARTED_KC=1
  ops/keycloak/start.sh
fi

(cd "$WORK" && PORTAL_MODE=dev PORTAL_RATE_LIMIT_REPORTS=1000000 PORTAL_RATE_LIMIT_STATUS_CHECKS=1000000 \
  exec java -Xmx512m -Duser.timezone=UTC -Djava.io.tmpdir="$WORK" -jar "$ROOT/portal-core/target/ROOT-microbundle.jar" \
  --nocluster --port "$PORT" --prebootcommandfile "$ROOT/ops/payara/pre-boot-commands.txt" > "$WORK/payara.log" 2>&1) &
PID=$!
for _ in $(seq 1 120); do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' -d '{}' \
    "http://127.0.0.1:$PORT/api/v1/portals/ug/status" || true)
  [ "$code" = 422 ] && break
  kill -0 "$PID" 2>/dev/null || { echo "platform died; see $WORK/payara.log" >&2; exit 1; }
  sleep 1
done
TOKEN=$(ops/keycloak/token.sh analyst1 analyst1-demo)
{
  echo "# API benchmark $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | head -1)"
  echo "# platform: Payara Micro bundle on fresh embedded H2, -Xmx512m, receipts stored as HMAC-SHA256 keyed hashes"
  echo "# client: ops/bench/ApiBench.java on the same machine (loopback)"
  java ops/bench/ApiBench.java "http://127.0.0.1:$PORT/" "$TOKEN"
  echo "# platform RSS after the run: $(awk '/VmRSS/ {printf "%d MB", $2/1024}' /proc/$(pgrep -f "port $PORT" | head -1)/status 2>/dev/null)"
} | tee "$OUT"
echo "written to $OUT"
