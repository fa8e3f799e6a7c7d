# Sourced by ops/cluster/run, stop, instance, smtp and ops/drills/run: N identical platform instances that share
# only PostgreSQL, GreenMail as their SMTP server, HAProxy in front. Everything lives under $CLUSTER_DIR
# (default target/cluster): the state file (ports, pids, who started Keycloak), one directory per instance
# (log, tmp, pid), the generated haproxy.cfg and the logs of HAProxy and GreenMail.
# Every process is started with setsid and its pid kept, so stop signals exactly what was started here.

CLUSTER_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
CLUSTER_DIR=${CLUSTER_DIR:-$CLUSTER_ROOT/target/cluster}
CLUSTER_STATE=$CLUSTER_DIR/state
CLUSTER_BUNDLE=$CLUSTER_ROOT/portal-core/target/ROOT-microbundle.jar
GREENMAIL_VERSION=2.1.5
GREENMAIL_JAR=$CLUSTER_ROOT/target/greenmail/greenmail-standalone-$GREENMAIL_VERSION.jar

cluster_say() { printf '\n== %s\n' "$*"; }
cluster_die() { echo "$*" >&2; exit 1; }

# the state file is KEY=value lines; later lines win
cluster_state_set() { mkdir -p "$CLUSTER_DIR"; echo "$1=$2" >> "$CLUSTER_STATE"; }
cluster_state_get() { [ -f "$CLUSTER_STATE" ] && awk -F= -v k="$1" '$1 == k { v = substr($0, length(k) + 2) } END { print v }' "$CLUSTER_STATE"; }
cluster_load_state() {
  [ -f "$CLUSTER_STATE" ] || cluster_die "no cluster state in $CLUSTER_STATE: start one with ops/cluster/run --background"
  CLUSTER_N=$(cluster_state_get N) CLUSTER_BASE_PORT=$(cluster_state_get BASE_PORT)
  PORTAL_PORT=$(cluster_state_get PORTAL_PORT) CLUSTER_DB=$(cluster_state_get DB)
}

# a pid is ours only while it still runs what we started (pids are reused): its command line names our directory
cluster_alive() {
  local pid=$1
  [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null &&
    tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -qF "$CLUSTER_DIR"
}
port_free() { local rc=0; curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$1/" || rc=$?; [ "$rc" -eq 7 ]; }

# the bundle, built like ops/run does: only when missing or older than any source or pom
cluster_build() {
  [ "${SKIP_BUILD:-0}" = 1 ] && { [ -f "$CLUSTER_BUNDLE" ] || cluster_die "SKIP_BUILD=1 but no $CLUSTER_BUNDLE"; return 0; }
  if [ ! -f "$CLUSTER_BUNDLE" ] || [ -n "$(cd "$CLUSTER_ROOT" && find pom.xml */pom.xml */src -newer "$CLUSTER_BUNDLE" -type f -print -quit 2>/dev/null)" ]; then
    cluster_say "building (mvn package, tests skipped)"
    (cd "$CLUSTER_ROOT" && mvn -B -q -ntp -DskipTests package)
  fi
}

# --- instances: inst1 on BASE_PORT, inst2 on BASE_PORT+1, ...
instance_port() { echo $(( CLUSTER_BASE_PORT + $1 - 1 )); }
instance_dir() { echo "$CLUSTER_DIR/inst$1"; }
instance_pid() { cat "$(instance_dir "$1")/pid" 2>/dev/null || true; }

# instance_start I: the bundle with the environment in $CLUSTER_DIR/instance.env; returns at once
instance_start() {
  local i=$1 dir port
  dir=$(instance_dir "$i") port=$(instance_port "$i")
  cluster_alive "$(instance_pid "$i")" && { echo "inst$i already runs (pid $(instance_pid "$i"))"; return 0; }
  port_free "$port" || cluster_die "port $port is taken; set CLUSTER_BASE_PORT"
  mkdir -p "$dir/tmp"
  [ -f "$dir/payara.log" ] && mv "$dir/payara.log" "$dir/payara.previous.log"
  # the instance directory in the command line is what cluster_alive recognises
  ( set -a; . "$CLUSTER_DIR/instance.env"; set +a; cd "$dir" &&
    exec setsid java "-Xmx${CLUSTER_XMX:-384m}" -Duser.timezone=UTC -Djava.io.tmpdir="$dir/tmp" \
      -jar "$CLUSTER_BUNDLE" --nocluster --name "inst$i" --port "$port" \
      --prebootcommandfile "$CLUSTER_ROOT/ops/payara/pre-boot-commands.txt" < /dev/null > "$dir/payara.log" 2>&1 ) &
  echo $! > "$dir/pid"
}

# instance_ready I: an application answer, not "ready" in the log (a failed deployment still logs it):
# a portal page (served from the tenants read from the database) and the readiness check (database, schema)
instance_ready() {
  local port
  port=$(instance_port "$1")
  curl -fs -o /dev/null --max-time 5 "http://127.0.0.1:$port/ug/en/" &&
    curl -fs -o /dev/null --max-time 5 "http://127.0.0.1:$port/health/ready"
}

# instance_wait I [SECONDS]: until it answers; fails if it died or its deployment failed
instance_wait() {
  local i=$1 limit=${2:-300} t0=$SECONDS dir
  dir=$(instance_dir "$i")
  until instance_ready "$i"; do
    # "GrizzlyProxy is NULL" and "Failed to start": seen on concurrent starts here when the header settings were
    # post-boot commands, which restart the HTTP listener while the first still holds the port (they are
    # pre-boot now, ops/payara/README.md); the JVM then said "ready" and never answered
    if ! cluster_alive "$(instance_pid "$i")" ||
        grep -qE "Exception while loading the app|GrizzlyProxy is NULL|Failed to start, exiting" "$dir/payara.log" 2>/dev/null; then
      echo "inst$i failed to start; log: $dir/payara.log" >&2
      grep -E "SEVERE|Exception" "$dir/payara.log" 2>/dev/null | head -10 >&2
      return 1
    fi
    if [ $((SECONDS - t0)) -ge "$limit" ]; then
      echo "inst$i did not answer within $limit s; log: $dir/payara.log; listening on its port:" >&2
      ss -ltnp "sport = :$(instance_port "$i")" 2>/dev/null | tail -n +2 >&2
      grep -E "SEVERE" "$dir/payara.log" 2>/dev/null | head -5 | cut -c1-300 >&2
      return 1
    fi
    sleep 1
  done
}

# instance_stop I [KILL]: TERM (or KILL) and wait until it is gone
instance_stop() {
  local pid signal=${2:-TERM}
  pid=$(instance_pid "$1")
  cluster_alive "$pid" || return 0
  kill "-$signal" "$pid" 2>/dev/null || true
  for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || return 0; sleep 1; done
  kill -KILL "$pid" 2>/dev/null || true
  for _ in 1 2 3 4 5; do kill -0 "$pid" 2>/dev/null || return 0; sleep 1; done
}

# --- GreenMail standalone: SMTP for the instances, its REST API for the drills to read what arrived
greenmail_fetch() {
  [ -f "$GREENMAIL_JAR" ] && return 0
  mkdir -p "$(dirname "$GREENMAIL_JAR")"
  (cd "$(dirname "$GREENMAIL_JAR")" && mvn -B -q -ntp org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      -Dartifact=com.icegreen:greenmail-standalone:$GREENMAIL_VERSION -DoutputDirectory="$(dirname "$GREENMAIL_JAR")") \
      > "$CLUSTER_DIR/greenmail-fetch.log" 2>&1 ||
    { tail -20 "$CLUSTER_DIR/greenmail-fetch.log" >&2; cluster_die "fetching GreenMail failed"; }
}

greenmail_start() {
  local smtp api
  smtp=$(cluster_state_get SMTP_PORT) api=$(cluster_state_get SMTP_API_PORT)
  cluster_alive "$(cat "$CLUSTER_DIR/greenmail.pid" 2>/dev/null)" && return 0
  port_free "$api" || cluster_die "port $api (GreenMail API) is taken; set SMTP_API_PORT"
  # auth disabled: any recipient gets a mailbox on delivery; the path of the pid's cwd marks it as ours
  ( cd "$CLUSTER_DIR" && exec setsid java -Xmx96m -Dgreenmail.marker="$CLUSTER_DIR" -Dgreenmail.auth.disabled \
      -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$smtp" \
      -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$api" \
      -jar "$GREENMAIL_JAR" < /dev/null > "$CLUSTER_DIR/greenmail.log" 2>&1 ) &
  echo $! > "$CLUSTER_DIR/greenmail.pid"
  for _ in $(seq 1 60); do
    curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$api/api/service/readiness" && return 0
    cluster_alive "$(cat "$CLUSTER_DIR/greenmail.pid")" || break
    sleep 0.5
  done
  tail -20 "$CLUSTER_DIR/greenmail.log" >&2; cluster_die "GreenMail did not start"
}

greenmail_stop() {
  local pid
  pid=$(cat "$CLUSTER_DIR/greenmail.pid" 2>/dev/null || true)
  cluster_alive "$pid" || return 0
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
  kill -KILL "$pid" 2>/dev/null || true
}

# --- HAProxy: round robin, no stickiness, health from /health/ready, retries only where nothing reached a server
EDGE_LIMIT=${CLUSTER_EDGE_LIMIT:-20}
haproxy_config() {
  local i edge_key trusted
  # The edge limit's key: a fresh random HMAC key for every start, written only into this mode-600 file, so the
  # stick table holds keyed hashes of client addresses, never the addresses (HAProxy takes a literal or a variable
  # as the key, not an environment variable name).
  edge_key=$(head -c 32 /dev/urandom | base64 -w0)
  # The proxies whose X-Forwarded-For is believed: the instances' portal.proxy.trusted when it is a list of ranges
  trusted=${TRUSTED:-127.0.0.1/32}
  [[ $trusted == */* ]] || trusted=127.0.0.1/32
  trusted=${trusted//,/ }
  cat <<CFG
# generated by ops/cluster/run; do not edit (it is rewritten on every start)
global
    log stdout format raw local0
    maxconn 4000

defaults
    mode http
    log global
    # errors only, and never the client's address or a query string (option httplog would log both)
    log-format "%tr %ft %b/%s %TR/%Tw/%Tc/%Tr/%Ta %ST %B %tsc %HM %HP"
    option dontlog-normal
    timeout connect 2s
    timeout client 30s
    timeout server 30s
    timeout http-request 10s
    timeout queue 10s
    # Retry (on another server) only when the connection could not be made: then no byte of the request reached
    # a server. empty-response, response-timeout or 5xx retries could send a POST a second time.
    retries 2
    option redispatch 1
    retry-on conn-failure
    # a request head refused by the frontend's rules below: plain text, nothing of the request repeated
    http-error status 400 content-type "text/plain; charset=utf-8" hdr Cache-Control no-store hdr X-Content-Type-Options nosniff string "This request could not be read.\n"
    # when no instance is up (all fail their readiness, e.g. PostgreSQL down) say when to come back
    http-error status 503 content-type "text/plain; charset=utf-8" hdr Retry-After 10 hdr Cache-Control no-store string "The service is unavailable; try again shortly.\n"

frontend portal
    bind 127.0.0.1:$PORTAL_PORT
    option forwardfor
    # Payara answers some heads before the application sees them: a Host it cannot parse (empty, two ports, a dot
    # after the port) and a path with a bad escape get an empty 200. Refused here instead, the way TenantHosts
    # judges a Host: exactly one, a host name or IP literal with an optional port; and no broken %-escape in the path.
    acl one_host req.hdr_cnt(host) eq 1
    acl host_name req.hdr(host) -m reg -i ^([a-z0-9][a-z0-9.-]{0,252}|\[[0-9a-f:.]{2,45}\])(:[0-9]{1,5})?$
    acl bad_escape path -m reg %([^0-9a-fA-F]|.[^0-9a-fA-F]|.?$)
    http-request deny deny_status 400 unless one_host host_name
    http-request deny deny_status 400 if bad_escape
    # Edge limit on the public intake (report, status, answer; API and forms): more than $EDGE_LIMIT posts in 10 s
    # from one client are refused here, before they cost an instance anything. The instances' own limit (10 per
    # window by default, with the localised 429) is far lower, so a client meets that one first; this one only
    # holds a sustained flood off the instances. The client is the connection's address, or the right-most
    # X-Forwarded-For entry when the connection comes from a trusted proxy (the instances' rule); IPv6 per /64.
    acl intake_post method POST
    acl intake_post_path path -m reg ^/(api/v1/portals/[^/]+/(reports|status|answers)|[^/]+/[^/]+/(report|report/myself|status))$
    acl from_trusted_proxy src $trusted
    http-request set-var(txn.edge_client) src,ipmask(32,64) if intake_post intake_post_path
    http-request set-var(txn.edge_client) req.hdr_ip(x-forwarded-for,-1),ipmask(32,64) if intake_post intake_post_path from_trusted_proxy { req.hdr_ip(x-forwarded-for,-1) -m found }
    http-request track-sc0 var(txn.edge_client),hmac(sha256,$edge_key) table edge_intake if intake_post intake_post_path
    # the API gets the instances' problem document, a form an HTML page; both in English (the localised 429 came first)
    acl intake_api path_beg /api/
    http-request deny deny_status 429 content-type "application/problem+json" hdr Retry-After 10 hdr Cache-Control no-store hdr X-Content-Type-Options nosniff string '{"type":"urn:reportingportals:problem:rate-limited","title":"Too many requests","status":429,"detail":"Please wait a few minutes before sending again."}' if intake_post intake_post_path intake_api { sc_http_req_rate(0,edge_intake) gt $EDGE_LIMIT }
    http-request deny deny_status 429 content-type "text/html; charset=utf-8" hdr Retry-After 10 hdr Cache-Control no-store hdr X-Content-Type-Options nosniff hdr Content-Security-Policy "default-src 'none'; frame-ancestors 'none'" hdr Referrer-Policy no-referrer string '<!doctype html><html lang="en"><meta charset="utf-8"><title>Too many requests</title><h1>Too many requests</h1><p>Please wait a few minutes before sending again.</p></html>' if intake_post intake_post_path !intake_api { sc_http_req_rate(0,edge_intake) gt $EDGE_LIMIT }
    default_backend instances

# the edge limit's counters: 32-byte HMACs, one per client seen in the last 2 minutes, at most 200,000 (about
# 30 MB); past that HAProxy evicts the oldest, so memory stays bounded under a flood of distinct addresses
backend edge_intake
    stick-table type binary len 32 size 200k expire 2m store http_req_rate(10s)

backend instances
    balance roundrobin
    option httpchk
    http-check send meth GET uri /health/ready ver HTTP/1.1 hdr Host localhost
    http-check expect status 200
    # maxconn: at most 32 requests at once on an instance, the rest wait here (timeout queue). Without it a flood
    # put 130-170 requests on each instance of a 2-core machine, its health answer took over a second, and all
    # three were marked down together (every client 503). A slow answer is not a dead instance: 3 s per check,
    # 3 in a row; a killed one still fails at once (connection refused).
    timeout check 3s
    default-server inter 1s fastinter 500ms downinter 1s fall 3 rise 2 maxconn 32
    # which instance answered (a dev load balancer may say so; the drills count it)
    http-response set-header X-Served-By %s
CFG
  for i in $(seq 1 "$CLUSTER_N"); do
    echo "    server inst$i 127.0.0.1:$(instance_port "$i") check"
  done
  cat <<CFG

listen stats
    bind 127.0.0.1:$(cluster_state_get STATS_PORT)
    stats enable
    stats uri /
    stats refresh 5s
CFG
}

haproxy_start() {
  command -v haproxy >/dev/null || {
    cluster_say "installing Debian's haproxy"
    { apt-get update -qq && apt-get install -y -qq haproxy >/dev/null; } || cluster_die "could not install haproxy"
  }
  ( umask 077; haproxy_config > "$CLUSTER_DIR/haproxy.cfg" ) && chmod 600 "$CLUSTER_DIR/haproxy.cfg"
  haproxy -c -q -f "$CLUSTER_DIR/haproxy.cfg" || cluster_die "haproxy refused $CLUSTER_DIR/haproxy.cfg"
  port_free "$PORTAL_PORT" || cluster_die "port $PORTAL_PORT is taken; set PORTAL_PORT"
  ( exec setsid haproxy -db -f "$CLUSTER_DIR/haproxy.cfg" < /dev/null > "$CLUSTER_DIR/haproxy.log" 2>&1 ) &
  echo $! > "$CLUSTER_DIR/haproxy.pid"
}

haproxy_stop() {
  local pid
  pid=$(cat "$CLUSTER_DIR/haproxy.pid" 2>/dev/null || true)
  cluster_alive "$pid" || return 0
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
  kill -KILL "$pid" 2>/dev/null || true
}

# --- Keycloak: reuse one that answers on the ports (like ops/run), else start one from KC_WORK and remember it
cluster_keycloak_start() {
  local mgmt
  mgmt=$(cluster_state_get KC_MGMT_PORT)
  if curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$mgmt/health/ready"; then
    cluster_state_set KC_STARTED 0
    echo "Keycloak already answers on $mgmt; using it"
  elif ! port_free "$(cluster_state_get KC_PORT)"; then
    # another one is still starting on these ports (someone else's): wait for it and use it, never stop it
    cluster_state_set KC_STARTED 0
    echo "a Keycloak is starting on $(cluster_state_get KC_PORT); waiting for it"
    for _ in $(seq 1 180); do curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$mgmt/health/ready" && return 0; sleep 1; done
    echo "the Keycloak on $(cluster_state_get KC_PORT) did not become ready" >&2; return 1
  else
    cluster_state_set KC_STARTED 1
    KC_WORK=$(cluster_state_get KC_WORK) KC_PORT=$(cluster_state_get KC_PORT) KC_MGMT_PORT=$mgmt \
      "$CLUSTER_ROOT/ops/keycloak/start.sh"
  fi
}

cluster_keycloak_stop() {
  KC_WORK=$(cluster_state_get KC_WORK) KC_PORT=$(cluster_state_get KC_PORT) \
    KC_MGMT_PORT=$(cluster_state_get KC_MGMT_PORT) "$CLUSTER_ROOT/ops/keycloak/stop.sh"
}

# cluster_stop_all: what the state file says this cluster started, and nothing else
cluster_stop_all() {
  local i
  [ -f "$CLUSTER_STATE" ] || return 0
  CLUSTER_N=$(cluster_state_get N)
  haproxy_stop
  # wait for these stops only: a bare wait would also wait for the processes started from this shell
  local stoppers=()
  for i in $(seq 1 "${CLUSTER_N:-0}"); do instance_stop "$i" & stoppers+=($!); done
  [ ${#stoppers[@]} -eq 0 ] || wait "${stoppers[@]}"
  greenmail_stop
  if [ "$(cluster_state_get KC_STARTED)" = 1 ]; then cluster_keycloak_stop >/dev/null || true; fi
  rm -f "$CLUSTER_STATE"
}
