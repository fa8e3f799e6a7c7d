# Sourced by ops/bench/compare.sh and ops/bench/load.sh: what both do to run a throw-away platform on this machine.
# The caller sets ROOT (the repository) and WORK (a scratch directory under target/) before sourcing, and may set
#   BENCH_DB (default portal_bench)  the PostgreSQL database, dropped and created fresh by bench_postgres
#   BENCH_XMX (default 512m)         the platform's heap
# Everything started here is stopped by bench_cleanup, which is installed as the EXIT trap: the platform, nginx
# (if $WORK/nginx.pid exists), Keycloak if bench_keycloak started it, and any pid the caller added to BENCH_PIDS.

DB=${BENCH_DB:-portal_bench} DB_USER=portal DB_PASSWORD=portal
PID= STARTED_KC=0 BOOT_MS= BENCH_PIDS=()

bench_cleanup() {
  trap - EXIT INT TERM; set +e
  local pid
  for pid in "${BENCH_PIDS[@]}"; do kill "$pid" 2>/dev/null; done
  [ -n "$PID" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null
  [ "$STARTED_KC" = 1 ] && "$ROOT/ops/keycloak/stop.sh" >/dev/null
}
trap bench_cleanup EXIT INT TERM

# bench_require TOOL...: fails naming the Debian packages if a tool is missing
bench_require() {
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null ||
      { echo "$tool is missing (Debian: apt-get install -y wrk nginx-light postgresql curl)" >&2; exit 1; }
  done
}

bench_build() {
  [ -f "$ROOT/portal-core/target/ROOT-microbundle.jar" ] || (cd "$ROOT" && mvn -B -q -DskipTests package)
}

# a fresh $DB owned by $DB_USER; psql_db then runs SQL in it
bench_postgres() {
  "$ROOT/ops/postgres/prepare.sh" "$DB" "$DB_USER" "$DB_PASSWORD" --fresh >/dev/null
  export PGHOST=127.0.0.1 PGPASSWORD=$DB_PASSWORD
}
psql_db() { psql -X -v ON_ERROR_STOP=1 -qAt -U "$DB_USER" -d "$DB" "$@"; }

# Keycloak only if none answers on the management port (the staff API needs it, the public side does not)
bench_keycloak() {
  if ! curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:${KC_MGMT_PORT:-9180}/health/ready"; then
    STARTED_KC=1
    "$ROOT/ops/keycloak/start.sh" >/dev/null
  fi
}

# bench_start_platform PORT: the bundle on $DB with the per-client rate limits lifted; returns at the first
# application answer (a failed deployment still says "ready", so the check is a page). Sets PID and BOOT_MS.
# On a shared machine another platform may take the port meanwhile and answer in its place: the answer only
# counts once this JVM has said "ready" itself and still runs.
bench_start_platform() {
  local port=$1 boot_start
  if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$port/"; then
    echo "port $port is taken (another benchmark?); choose another (BENCH_PORT)" >&2; exit 1
  fi
  boot_start=$(date +%s%N)
  (cd "$WORK" && PORTAL_MODE=dev PORTAL_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB PORTAL_DB_USER=$DB_USER \
    PORTAL_DB_PASSWORD=$DB_PASSWORD PORTAL_DB_OWNER_USER=${DB_USER}_owner PORTAL_DB_OWNER_PASSWORD=$DB_PASSWORD \
    PORTAL_RATE_LIMIT_REPORTS=1000000 PORTAL_RATE_LIMIT_STATUS_CHECKS=1000000 \
    exec java "-Xmx${BENCH_XMX:-512m}" -Duser.timezone=UTC -Djava.io.tmpdir="$WORK" \
    -jar "$ROOT/portal-core/target/ROOT-microbundle.jar" \
    --nocluster --port "$port" --prebootcommandfile "$ROOT/ops/payara/pre-boot-commands.txt" > "$WORK/payara.log" 2>&1) &
  PID=$!
  until grep -q "Payara Micro .* ready in" "$WORK/payara.log" &&
      curl -fs -o /dev/null --max-time 5 "http://127.0.0.1:$port/ug/en/"; do
    kill -0 "$PID" 2>/dev/null || { echo "the platform did not start; see $WORK/payara.log" >&2; exit 1; }
    [ $(( $(date +%s%N) - boot_start )) -lt 300000000000 ] ||
      { echo "no application answer on port $port within 300 s; see $WORK/payara.log" >&2; exit 1; }
    grep -q "Exception while loading the app" "$WORK/payara.log" && { echo "the deployment failed; see $WORK/payara.log" >&2; exit 1; }
    sleep 0.2
  done
  kill -0 "$PID" 2>/dev/null || { echo "the platform stopped right after start; see $WORK/payara.log" >&2; exit 1; }
  BOOT_MS=$(( ($(date +%s%N) - boot_start) / 1000000 ))
}

# the platform's resident set in MB (the subshell above execs java, so PID is the JVM)
bench_rss_mb() { awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$PID/status"; }

# one line: cores, CPU, JDK, PostgreSQL, and who else runs a Payara Micro here (the machine may be shared)
bench_machine() {
  local others
  others=$(pgrep -f 'payara-micro|microbundle.jar' | grep -vx "$PID" | wc -l)
  echo "$(nproc) cores ($(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)), $(java -version 2>&1 | head -1)," \
    "$(psql_db -c 'SELECT version()' | cut -d, -f1), load average $(cut -d' ' -f1-3 /proc/loadavg)," \
    "other Payara Micro JVMs running: $others"
}
