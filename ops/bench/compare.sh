#!/usr/bin/env bash
# Side-by-side benchmark on this machine alone: the platform next to what the machine itself can do, in one run.
#   (a) intake (POST /api/v1/portals/ug/reports)  vs  pgbench committing the same two rows per transaction
#   (b) each public page                           vs  nginx serving the bytes that page returned
#   (c) claim-next with N waiting and 50 claimers, counting reports handed out twice, checking the order
#   (d) GET /api/v1/queue and the console queue page at that depth
#   (e) boot to the first application answer, and RSS after all of the above
# It starts PostgreSQL (ops/postgres/prepare.sh, a fresh database), Keycloak if none is running,
# a throw-away platform on PostgreSQL with the rate limits lifted, and nginx on a loopback port; it stops what it
# started. Load: wrk (Debian), bounded by --seconds per measurement. Writes ops/bench/results/compare-<UTC>.txt.
#
# Start and stop are shared with ops/bench/load.sh (ops/bench/platform.sh); BENCH_DB, BENCH_PORT and
# BENCH_NGINX_PORT choose the database and ports (defaults portal_bench, 8095, 8096).
#
# Each measurement follows WARM seconds (BENCH_WARM_SECONDS, default 10) of the same load, not counted, so the
# platform is measured after the JIT has compiled its path, as it runs in service (nginx gets the same).
#
# usage: ops/bench/compare.sh [--queued N] [--seconds S]     (defaults: 1000000, 15)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
QUEUED=1000000 SECONDS_EACH=15
while [ $# -gt 0 ]; do
  case "$1" in
    --queued) QUEUED=$2; shift 2 ;;
    --seconds) SECONDS_EACH=$2; shift 2 ;;
    *) echo "usage: $0 [--queued N] [--seconds S]" >&2; exit 2 ;;
  esac
done
case "$QUEUED$SECONDS_EACH" in *[!0-9]*) echo "--queued and --seconds take whole numbers" >&2; exit 2 ;; esac

PORT=${BENCH_PORT:-8095} NGINX_PORT=${BENCH_NGINX_PORT:-8096} WARM=${BENCH_WARM_SECONDS:-10}
case "$WARM" in ''|*[!0-9]*) echo "BENCH_WARM_SECONDS takes a whole number" >&2; exit 2 ;; esac
# the same wrk run for WARM seconds, its figures thrown away
warm() { [ "$WARM" -gt 0 ] && wrk -d"${WARM}s" "$@" > /dev/null 2>&1 || true; }
WORK=$ROOT/target/compare
OUT=$ROOT/ops/bench/results/compare-$(date -u +%Y%m%d-%H%M).txt
HERE=$ROOT/ops/bench
rm -rf "$WORK" && mkdir -p "$WORK/pages" "$(dirname "$OUT")"
. "$HERE/platform.sh"

bench_require wrk nginx pgbench psql curl
bench_build

say() { echo "$*" | tee -a "$OUT"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f%%", 100 * a / b; else print "n/a" }'; }
# wrk --latency output -> "requests/s p50 p99" (latencies in ms)
wrk_figures() {
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec/ { rps = $2 }
    $1 == "50%" { p50 = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    END { printf "%.0f %.2f %.2f\n", rps, p50, p99 }' "$1"
}

bench_postgres
bench_keycloak

# --- (e) boot: from the JVM's start to the first application answer
bench_start_platform "$PORT"

{
  echo "# side-by-side benchmark $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(java -version 2>&1 | head -1)"
  echo "# $(psql_db -c 'SELECT version()' | cut -d, -f1); $(nginx -v 2>&1); wrk $(wrk -v 2>&1 | head -1 | awk '{print $2}')"
  echo "# machine: $(bench_machine)"
  echo "# platform: Payara Micro bundle on PostgreSQL, -Xmx512m, rate limits lifted; every figure from this one run"
  echo "# each measurement: ${SECONDS_EACH} s, loopback, load generator on the same 2 cores (ratios matter, not absolutes)"
  echo
} > "$OUT"
T=${SECONDS_EACH}s

# --- (a) intake vs pgbench inserting the same rows (one report, one URL) per transaction, 8 clients
cat > "$WORK/intake.sql" <<'SQL'
\set n random(1, 1000000000)
BEGIN;
WITH report AS (
  INSERT INTO reports (id, reference, tenant_code, locale, received_at, status, child_in_danger, content_hints, feedback, receipt_hash)
  VALUES (md5(random()::text)::uuid::text, 'PGB-' || md5(random()::text), 'ug', 'en', date_trunc('minute', now() AT TIME ZONE 'UTC'),
          'RECEIVED', false, '', 'RECEIPT', 'hmac-sha256$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')
  RETURNING id)
INSERT INTO reported_urls (id, report_id, url_index, raw_url, normalised_url, normalised_hash, host_ascii, host_unicode, has_userinfo, host_is_ip)
  SELECT md5(random()::text)::uuid::text, report.id, 0, 'http://pgbench.example/' || :n, 'http://pgbench.example/' || :n,
         md5(:n::text) || md5(:n::text), 'pgbench.example', 'pgbench.example', false, false FROM report;
COMMIT;
SQL
pgbench -n -h 127.0.0.1 -U "$DB_USER" -c 8 -j 2 -T "$SECONDS_EACH" -f "$WORK/intake.sql" "$DB" > "$WORK/pgbench.txt" 2>&1 ||
  { echo "pgbench failed:" >&2; tail -5 "$WORK/pgbench.txt" >&2; exit 1; }
PG_TPS=$(awk '/^tps/ { printf "%.0f", $3 }' "$WORK/pgbench.txt")
psql_db -c "DELETE FROM reported_urls WHERE host_ascii = 'pgbench.example'" -c "DELETE FROM reports WHERE reference LIKE 'PGB-%'"
warm -t2 -c8 -s "$HERE/wrk-intake.lua" "http://127.0.0.1:$PORT/api/v1/portals/ug/reports"
wrk -t2 -c8 -d"$T" --latency -s "$HERE/wrk-intake.lua" "http://127.0.0.1:$PORT/api/v1/portals/ug/reports" > "$WORK/intake.txt" 2>&1
read -r IN_RPS IN_P50 IN_P99 < <(wrk_figures "$WORK/intake.txt")
IN_FAILED=$(awk '/Non-2xx/ { print $NF }' "$WORK/intake.txt"); IN_FAILED=${IN_FAILED:-0}
say "(a) intake, 8 clients: $IN_RPS reports/s (p50 $IN_P50 ms, p99 $IN_P99 ms, non-2xx $IN_FAILED)"
say "    pgbench, same two rows per transaction, 8 clients: $PG_TPS tps"
say "    ratio $(ratio "$IN_RPS" "$PG_TPS")   target >= 40% (and p99 < 50 ms at half that rate)"
say

# --- (b) pages vs nginx serving the same bytes
cat > "$WORK/nginx.conf" <<NGINX
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 256; }
http {
  access_log off;
  default_type text/html;
  server { listen 127.0.0.1:$NGINX_PORT; root $WORK/pages; }
}
NGINX
pages="home:/ug/en/ about:/ug/en/about privacy:/ug/en/privacy status:/ug/en/status report:/ug/en/report"
for entry in $pages; do
  name=${entry%%:*} path=${entry#*:}
  curl -fs "http://127.0.0.1:$PORT$path" -o "$WORK/pages/$name.html"
done
nginx -c "$WORK/nginx.conf" -p "$WORK"
for entry in $pages; do
  name=${entry%%:*} path=${entry#*:}
  bytes=$(wc -c < "$WORK/pages/$name.html")
  warm -t2 -c8 "http://127.0.0.1:$PORT$path"
  wrk -t2 -c8 -d"$T" --latency "http://127.0.0.1:$PORT$path" > "$WORK/page-$name.txt" 2>&1
  warm -t2 -c8 "http://127.0.0.1:$NGINX_PORT/$name.html"
  wrk -t2 -c8 -d"$T" --latency "http://127.0.0.1:$NGINX_PORT/$name.html" > "$WORK/nginx-$name.txt" 2>&1
  read -r P_RPS P_P50 P_P99 < <(wrk_figures "$WORK/page-$name.txt")
  read -r N_RPS N_P50 N_P99 < <(wrk_figures "$WORK/nginx-$name.txt")
  target=">= 30%, p99 < 10 ms"; [ "$name" = report ] && target=">= 15% (carries a CSRF token)"
  say "(b) page $path ($bytes bytes): $P_RPS req/s (p99 $P_P99 ms) vs nginx $N_RPS req/s (p99 $N_P99 ms): $(ratio "$P_RPS" "$N_RPS")   target $target"
done
kill "$(cat "$WORK/nginx.pid")" 2>/dev/null; rm -f "$WORK/nginx.pid"
say

# --- (c) claim-next at depth, 50 claimers
"$HERE/seed-queue.sh" "$QUEUED" "$DB" "$DB_USER" > "$WORK/seed.txt"
say "queue: $(cat "$WORK/seed.txt")"
export BENCH_TOKEN=$(ops/keycloak/token.sh analyst1 analyst1-demo) BENCH_CLAIMS_DIR=$WORK/claims
mkdir -p "$BENCH_CLAIMS_DIR/warm-one" "$BENCH_CLAIMS_DIR/one" "$BENCH_CLAIMS_DIR/warm-fifty"
# one claimer first: the latency of a claim when nothing queues in front of it (each phase its own directory:
# wrk-claim.lua opens claims-<thread>.txt afresh)
BENCH_CLAIMS_DIR=$BENCH_CLAIMS_DIR/warm-one warm -t1 -c1 -s "$HERE/wrk-claim.lua" "http://127.0.0.1:$PORT/api/v1/queue/claims"
BENCH_CLAIMS_DIR=$BENCH_CLAIMS_DIR/one wrk -t1 -c1 -d"$T" --timeout 10s --latency -s "$HERE/wrk-claim.lua" \
  "http://127.0.0.1:$PORT/api/v1/queue/claims" > "$WORK/claim-one.txt" 2>&1
read -r C1_RPS C1_P50 C1_P99 < <(wrk_figures "$WORK/claim-one.txt")
BENCH_CLAIMS_DIR=$BENCH_CLAIMS_DIR/warm-fifty warm -t2 -c50 --timeout 10s -s "$HERE/wrk-claim.lua" "http://127.0.0.1:$PORT/api/v1/queue/claims"
wrk -t2 -c50 -d"$T" --timeout 10s --latency -s "$HERE/wrk-claim.lua" "http://127.0.0.1:$PORT/api/v1/queue/claims" > "$WORK/claim.txt" 2>&1
read -r CL_RPS CL_P50 CL_P99 < <(wrk_figures "$WORK/claim.txt")
# every 201 names the report it handed out: a report named twice was handed to two claimers
# (over every phase: the warm-ups and the single claimer too)
CLAIMED_201=$(find "$BENCH_CLAIMS_DIR" -name 'claims-*.txt' -exec cat {} + | wc -l)
TWICE=$(find "$BENCH_CLAIMS_DIR" -name 'claims-*.txt' -exec cat {} + | sort | uniq -d | wc -l)
HELD=$(psql_db -c "SELECT count(*) FROM reports WHERE status = 'IN_ASSESSMENT'")
# priority: the lowest-ranked claimed report must still rank before the highest-ranked waiting one
WORST_CLAIMED=$(psql_db -c "SELECT NOT child_in_danger, received_at, seq FROM reports WHERE status = 'IN_ASSESSMENT'
    ORDER BY child_in_danger ASC, received_at DESC, seq DESC LIMIT 1" | tr '|' ' ')
BEST_WAITING=$(psql_db -c "SELECT NOT child_in_danger, received_at, seq FROM reports WHERE status = 'RECEIVED'
    ORDER BY child_in_danger DESC, received_at ASC, seq ASC LIMIT 1" | tr '|' ' ')
ORDER_KEPT=$(psql_db -c "SELECT (SELECT (NOT child_in_danger, received_at, seq) FROM reports WHERE status = 'IN_ASSESSMENT'
      ORDER BY child_in_danger ASC, received_at DESC, seq DESC LIMIT 1)
    < (SELECT (NOT child_in_danger, received_at, seq) FROM reports WHERE status = 'RECEIVED'
      ORDER BY child_in_danger DESC, received_at ASC, seq ASC LIMIT 1)")
say "(c) claim-next, $QUEUED waiting, 1 claimer: $C1_RPS claims/s (p50 $C1_P50 ms, p99 $C1_P99 ms)"
say "    claim-next, 50 claimers: $CL_RPS claims/s (p50 $CL_P50 ms, p99 $CL_P99 ms)   target p99 < 10 ms"
say "    201 answers seen $CLAIMED_201 (held in the database: $HELD, with claims still in flight at the end), reports handed to two claimers: $TWICE   target 0"
say "    priority kept (last claimed [$WORST_CLAIMED] before first waiting [$BEST_WAITING]): $ORDER_KEPT   target t"
say

# --- (d) counts and the console queue page at that depth
# another analyst, who holds nothing, so the page measures the queue and not a list of the claims above
TOKEN=$(ops/keycloak/token.sh analyst2 analyst2-demo)
warm -t1 -c4 --timeout 10s -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/api/v1/queue"
wrk -t1 -c4 -d"$T" --timeout 10s --latency -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/api/v1/queue" > "$WORK/counts.txt" 2>&1
read -r Q_RPS Q_P50 Q_P99 < <(wrk_figures "$WORK/counts.txt")
warm -t1 -c4 --timeout 10s -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/console"
wrk -t1 -c4 -d"$T" --timeout 10s --latency -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/console" > "$WORK/console.txt" 2>&1
read -r C_RPS C_P50 C_P99 < <(wrk_figures "$WORK/console.txt")
say "(d) GET /api/v1/queue at depth: p50 $Q_P50 ms, p99 $Q_P99 ms ($Q_RPS req/s)   target < 50 ms"
say "    console queue page at depth: p50 $C_P50 ms, p99 $C_P99 ms ($C_RPS req/s)   target < 50 ms"
say

# --- (e)
RSS_MB=$(bench_rss_mb)
say "(e) boot to the first application answer: $(awk -v m="$BOOT_MS" 'BEGIN { printf "%.1f", m / 1000 }') s   target < 15 s"
say "    RSS after all of the above: $RSS_MB MB at -Xmx512m   target <= 768 MB"
say
say "written to $OUT (raw outputs in $WORK)"
