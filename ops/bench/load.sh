#!/usr/bin/env bash
# Load profiles (issue 10), each bounded, on this machine alone, with Gatling (ops/bench/gatling):
#   soak        2 reports/s and 20 page loads/s for --minutes (10): no failed request, memory flat
#   spike       20 s calm, then 50 reports/s to one tenant and 500 page loads/s for 60 s: p99 < 2 s, and every
#               acknowledged (201) report is in PostgreSQL
#   breakpoint  arrivals climb in steps of 110/s (1 report per 10 page loads) until p99 passes 2 s: the knee
# Like compare.sh (shared start/stop: ops/bench/platform.sh) it builds if needed, starts PostgreSQL with a fresh
# database, the platform on it with the rate limits lifted, Keycloak if none runs (only for /metrics, which wants a
# platform-admin's token; the profiles touch no staff API), and stops what it started. Meanwhile it samples the
# platform's RSS (/proc) and heap (/metrics, as platform1) every few seconds.
# Writes ops/bench/results/<profile>-<UTC>.txt; Gatling's HTML report goes under ops/bench/results/gatling/.
#
# usage: ops/bench/load.sh soak|spike|breakpoint [--minutes M]
# environment: BENCH_PORT (8197), BENCH_DB (portal_load), BENCH_SAMPLE_SECONDS (5), and for the spike and the
# breakpoint LOAD_OPTS, extra -Dload.* properties for the simulation (see its Javadoc), e.g. -Dload.levels=8
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
usage() { echo "usage: $0 soak|spike|breakpoint [--minutes M]" >&2; exit 2; }
[ $# -ge 1 ] || usage
PROFILE=$1; shift
case "$PROFILE" in
  soak) SIMULATION=SoakSimulation ;;
  spike) SIMULATION=SpikeSimulation ;;
  breakpoint) SIMULATION=BreakpointSimulation ;;
  *) usage ;;
esac
MINUTES=10
while [ $# -gt 0 ]; do
  case "$1" in
    --minutes) MINUTES=$2; shift 2 ;;
    *) usage ;;
  esac
done
[[ "$MINUTES" =~ ^[0-9]+(\.[0-9]+)?$ ]] || { echo "--minutes takes a number" >&2; exit 2; }
[ "$PROFILE" = soak ] || [ "$MINUTES" = 10 ] || { echo "--minutes is the soak's length only" >&2; exit 2; }

PORT=${BENCH_PORT:-8197}
export BENCH_DB=${BENCH_DB:-portal_load}
SAMPLE_SECONDS=${BENCH_SAMPLE_SECONDS:-5}
STAMP=$(date -u +%Y%m%d-%H%M)
RESULTS=$ROOT/ops/bench/results
OUT=$RESULTS/$PROFILE-$STAMP.txt
REPORTS_DIR=$RESULTS/gatling
WORK=$ROOT/target/load-$PROFILE
rm -rf "$WORK" && mkdir -p "$WORK" "$REPORTS_DIR"
. "$ROOT/ops/bench/platform.sh"

bench_require psql curl mvn
bench_build
bench_postgres
bench_keycloak
bench_start_platform "$PORT"
BOOT_RSS=$(bench_rss_mb)

# memory and CPU of the platform every few seconds: seconds since start, RSS, heap used and committed (MB), CPU %
sample() {
  local start ticks hz=$(getconf CLK_TCK) last_ticks last_at now metrics token= token_at=0
  start=$(date +%s)
  last_ticks=$(awk '{ print $14 + $15 }' "/proc/$PID/stat") last_at=$(date +%s%N)
  echo "seconds rss_mb heap_used_mb heap_committed_mb cpu_percent"
  while sleep "$SAMPLE_SECONDS"; do
    [ -r "/proc/$PID/status" ] || break
    # /metrics is for platform-admin only; the realm's tokens last 5 minutes, so a fresh one every 4
    if [ $(( $(date +%s) - token_at )) -ge 240 ]; then
      token=$(ops/keycloak/token.sh platform1 platform1-demo 2>/dev/null || true) token_at=$(date +%s)
    fi
    metrics=$(curl -fs --max-time 2 -H "Authorization: Bearer $token" "http://127.0.0.1:$PORT/metrics?scope=base" || true)
    ticks=$(awk '{ print $14 + $15 }' "/proc/$PID/stat") now=$(date +%s%N)
    awk -v t=$(( $(date +%s) - start )) -v rss="$(bench_rss_mb)" -v dt=$(( now - last_at )) -v dticks=$(( ticks - last_ticks )) -v hz="$hz" '
      /^#/ { next }
      $1 ~ /^memory_usedHeap_bytes/ { used = $2 / 1048576 }
      $1 ~ /^memory_committedHeap_bytes/ { committed = $2 / 1048576 }
      END {
        # /metrics may not answer within 2 s under load: then the heap is unknown ("-"), not zero
        if (used == "") used = committed = "-"; else { used = sprintf("%.0f", used); committed = sprintf("%.0f", committed) }
        printf "%d %d %s %s %.0f\n", t, rss, used, committed, 100 * dticks / hz / (dt / 1e9)
      }' <<< "$metrics"
    last_ticks=$ticks last_at=$now
  done
}
sample > "$WORK/memory.txt" &
BENCH_PIDS+=($!)

say() { echo "$*" | tee -a "$OUT"; }
{
  echo "# load profile $PROFILE $(date -u +%Y-%m-%dT%H:%MZ), Gatling (ops/bench/gatling, $SIMULATION)"
  echo "# machine: $(bench_machine)"
  echo "# platform: Payara Micro bundle on PostgreSQL ($BENCH_DB), -Xmx${BENCH_XMX:-512m}, rate limits lifted, port $PORT;" \
    "boot to first page ${BOOT_MS} ms, RSS at boot ${BOOT_RSS} MB"
  echo "# the load generator runs on the same cores as the platform and PostgreSQL (loopback); LOAD_OPTS: ${LOAD_OPTS:-none}"
  echo
} > "$OUT"

GATLING_RC=0
mvn -B -ntp -f ops/bench/gatling/pom.xml test-compile gatling:test \
  -Dgatling.simulationClass=org.reportingportals.ops.load.$SIMULATION \
  -Dgatling.resultsFolder="$REPORTS_DIR" \
  -Dload.base="http://127.0.0.1:$PORT" -Dload.tenant=ug -Dload.minutes="$MINUTES" \
  -Dload.acks="$WORK/acknowledged.txt" -Dload.levels.file="$WORK/levels.txt" ${LOAD_OPTS:-} \
  > "$WORK/gatling.log" 2>&1 || GATLING_RC=$?
END_RSS=$(bench_rss_mb)

REPORT=$(grep -o "$REPORTS_DIR/[^ ]*/index.html" "$WORK/gatling.log" | tail -1 || true)
[ -n "$REPORT" ] || { echo "Gatling wrote no report (exit $GATLING_RC); see $WORK/gatling.log" >&2; tail -30 "$WORK/gatling.log" >&2; exit 1; }
say "Gatling exit status: $GATLING_RC (non-zero: an assertion failed or the run stopped itself)"
say "HTML report (percentiles over time under 'Response Time Percentiles over Time'):"
say "  ${REPORT#"$ROOT"/}  ($(du -sh "$(dirname "$REPORT")" | cut -f1))"
say
# Gatling's own console summary of the whole run, and its assertions
awk '/^---- Global Information/ { on = 1 } on && /^=+$/ { exit } on' "$WORK/gatling.log" | tee -a "$OUT"
say
grep -E ' : (true|false)' "$WORK/gatling.log" | sed 's/^/assertion: /' | tee -a "$OUT" || true
say
# per request name and group, from the report's stats.json (times in ms, all answers OK and KO)
if command -v python3 >/dev/null; then
  python3 - "$(dirname "$REPORT")/js/stats.json" <<'PY' | tee -a "$OUT"
import json, sys
def rows(node, depth):
    s = node["stats"]
    yield depth, s["name"], s["numberOfRequests"]["total"], s["numberOfRequests"]["ko"], s["percentiles1"]["total"], \
        s["percentiles3"]["total"], s["percentiles4"]["total"], s["maxResponseTime"]["total"], s["meanNumberOfRequestsPerSecond"]["total"]
    for child in node.get("contents", {}).values():
        yield from rows(child, depth + 1)
print(f"{'request':<34} {'count':>7} {'KO':>6} {'p50':>6} {'p95':>6} {'p99':>6} {'max':>6} {'per s':>7}")
for depth, name, count, ko, p50, p95, p99, top, rate in rows(json.load(open(sys.argv[1])), 0):
    print(f"{'  ' * depth + name:<34} {count:>7} {ko:>6} {p50:>6} {p95:>6} {p99:>6} {top:>6} {rate:>7.1f}")
PY
  say
fi

if [ -s "$WORK/levels.txt" ]; then
  say "levels (arrivals per second of reports and page loads together, 1:10; each level measured after it settled;"
  say "        times in ms from the load generator, a request unanswered at the end counted as a KO):"
  tee -a "$OUT" < "$WORK/levels.txt"
  say
fi

# every acknowledged reference must be a report in PostgreSQL
touch "$WORK/acknowledged.txt"
read -r ACKED MISSING STORED < <(psql_db <<SQL | tr '|' ' '
CREATE TEMP TABLE acknowledged (reference text);
\copy acknowledged FROM '$WORK/acknowledged.txt'
SELECT (SELECT count(*) FROM acknowledged),
       (SELECT count(*) FROM acknowledged a WHERE NOT EXISTS (SELECT 1 FROM reports r WHERE r.reference = a.reference)),
       (SELECT count(*) FROM reports);
SQL
)
say "acknowledged reports (201): $ACKED; of them missing in PostgreSQL: $MISSING (target 0);" \
  "reports stored: $STORED (more than acknowledged = committed but answered after the client gave up)"
say

# memory: first and last sample, extremes and the least-squares trend per minute
kill "${BENCH_PIDS[0]}" 2>/dev/null || true
awk -v boot="$BOOT_RSS" -v end="$END_RSS" -v cores="$(nproc)" 'NR > 1 && $2 > 0 {
    n++; t[n] = $1; r[n] = $2
    if (n == 1 || $2 > rmax) rmax = $2
    if (n == 1 || $5 > cmax) cmax = $5
    csum += $5
    if ($3 != "-") { m++; ht[m] = $1; h[m] = $3; if (m == 1 || $3 > hmax) hmax = $3 }
  }
  # least-squares trend of y over x, per minute
  function slope(x, y, k,   i, sx, sy, sxx, sxy) {
    for (i = 1; i <= k; i++) { sx += x[i]; sy += y[i]; sxx += x[i] * x[i]; sxy += x[i] * y[i] }
    return k > 1 && k * sxx != sx * sx ? 60 * (k * sxy - sx * sy) / (k * sxx - sx * sx) : 0
  }
  END {
    if (n == 0) { print "memory: no samples"; exit }
    printf "memory, %d samples: RSS %d MB at boot, %d MB first sample, %d MB last, max %d MB, trend %+.1f MB/min; after the run %d MB\n",
      n, boot, r[1], r[n], rmax, slope(t, r, n), end
    if (m == 0) print "        heap: /metrics never answered in time"
    else printf "        heap used (%d samples) %d MB first, %d MB last, max %d MB, trend %+.1f MB/min (sampled between collections: look at the trend)\n",
      m, h[1], h[m], hmax, slope(ht, h, m)
    printf "        platform CPU mean %.0f%%, max %.0f%% (100%% = one core of %s)\n", csum / n, cmax, cores
  }' "$WORK/memory.txt" | tee -a "$OUT"
say
say "samples every $SAMPLE_SECONDS s:"
column -t < "$WORK/memory.txt" | sed 's/^/  /' >> "$OUT"
echo "written to $OUT (raw outputs in $WORK)"
