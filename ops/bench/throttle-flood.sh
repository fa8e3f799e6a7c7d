#!/usr/bin/env bash
# The rate limiter under a flood of distinct addresses, in one JVM against a real database (ThrottleFlood.java):
# retained heap and table size with 1,000,000 clients counted, one attempt's time on an empty table and at 1M rows,
# a refused client's attempt, the bound of refused clients remembered, the purge of the full window.
# Writes ops/bench/results/throttle-flood-<UTC date>.txt. A few minutes; no server, no ports.
#
#   ops/bench/throttle-flood.sh [JDBC_URL USER PASSWORD [CLIENTS]]
#   default: jdbc:postgresql://127.0.0.1:5432/portal_it portal_it_owner portal_it 1000000 (schema throttle_bench,
#   dropped first; it creates a schema, so the owner ops/postgres/prepare.sh makes, not the application role)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
URL=${1:-jdbc:postgresql://127.0.0.1:5432/portal_it}
USER_=${2:-portal_it_owner}
PASSWORD=${3:-portal_it}
CLIENTS=${4:-1000000}
WORK=$ROOT/target/bench-throttle
OUT=$ROOT/ops/bench/results/throttle-flood-$(date -u +%Y%m%d-%H%M).txt
mkdir -p "$WORK" "$(dirname "$OUT")"
mvn -o -B -ntp -q -pl portal-core -am compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$WORK/cp.txt" -Dkeycloak.skip=true
CP=$ROOT/portal-core/target/classes:$(cat "$WORK/cp.txt")
javac -d "$WORK/classes" -cp "$CP" ops/bench/ThrottleFlood.java
{
  echo "# ops/bench/throttle-flood.sh at $(date -u +%Y-%m-%dT%H:%MZ), $(git rev-parse --short HEAD 2>/dev/null || echo '?'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
  java -Xmx1g -XX:+UseSerialGC -Duser.timezone=UTC -cp "$WORK/classes:$CP" ThrottleFlood "$URL" "$USER_" "$PASSWORD" "$CLIENTS"
} | tee "$OUT"
echo "results: $OUT" >&2
