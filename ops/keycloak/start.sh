#!/usr/bin/env bash
# Throw-away Keycloak for dev runs and CI, without Docker: the server comes from Maven Central,
# runs in production mode on the in-memory H2 (dev-mem) and imports ops/keycloak/portal-realm.json.
# Nothing survives a restart, so the realm file is the single source of truth.
# env: KC_WORK, KC_PORT (8180), KC_MGMT_PORT (9180), KC_HOSTNAME, JAVA_OPTS_KC_HEAP, KC_BOOTSTRAP_ADMIN_*
set -euo pipefail

KC_VERSION=26.7.3
HERE=$(cd "$(dirname "$0")" && pwd)
KC_WORK=${KC_WORK:-$(cd "$HERE/../.." && pwd)/target/keycloak}
KC_PORT=${KC_PORT:-8180}
KC_MGMT_PORT=${KC_MGMT_PORT:-9180}
KC_HOME=$KC_WORK/keycloak-$KC_VERSION
PID_FILE=$KC_WORK/keycloak.pid
LOG=$KC_WORK/keycloak.log
READY_URL=http://127.0.0.1:$KC_MGMT_PORT/health/ready

ready() { curl -fsS -o /dev/null --max-time 2 "$READY_URL" 2>/dev/null; }

# A pid is only "ours" if it still runs this work dir's kc.sh (pids get reused after a crash).
ours() {
  local pid=$1
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null &&
    tr '\0' ' ' 2>/dev/null < "/proc/$pid/cmdline" | grep -qF "$KC_HOME/bin/kc.sh"
}

wait_ready() {
  local pid=$1 t0=$SECONDS
  while [ $((SECONDS - t0)) -lt 180 ]; do
    if ready; then echo "keycloak ready on http://127.0.0.1:$KC_PORT (pid $pid, ${SECONDS}s)"; return 0; fi
    if ! kill -0 "$pid" 2>/dev/null; then echo "keycloak exited during startup; log tail ($LOG):" >&2; tail -40 "$LOG" >&2; return 1; fi
    sleep 1
  done
  echo "keycloak not ready after 180s; log tail ($LOG):" >&2; tail -40 "$LOG" >&2
  return 1
}

mkdir -p "$KC_WORK"
old=$(cat "$PID_FILE" 2>/dev/null || true)
if ours "$old"; then
  # Already started from this work dir: don't start a second one on the same ports.
  if ready; then echo "keycloak already running and ready (pid $old)"; exit 0; fi
  wait_ready "$old"; exit
fi

# Keycloak binds its ports only after ~20 s of bootstrap; a taken port is cheaper to catch now.
for port in "$KC_PORT" "$KC_MGMT_PORT"; do
  rc=0; curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$port/" || rc=$?
  [ "$rc" -eq 7 ] || { echo "port $port on 127.0.0.1 is already in use (not by this work dir's keycloak)" >&2; exit 1; }
done

if [ ! -x "$KC_HOME/bin/kc.sh" ]; then
  # Run mvn from the work dir so it is a stand-alone call and not executed once per reactor module.
  # copy (unlike get) resolves no transitive deps: the dist pom points at repository.jboss.org.
  (cd "$KC_WORK" && mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      -Dartifact=org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip -DoutputDirectory="$KC_WORK") \
      > "$KC_WORK/fetch.log" 2>&1 || { echo "fetching the dist failed:" >&2; tail -20 "$KC_WORK/fetch.log" >&2; exit 1; }
  unzip -q -o "$KC_WORK/keycloak-quarkus-dist-$KC_VERSION.zip" -d "$KC_WORK"
  rm -f "$KC_WORK/keycloak-quarkus-dist-$KC_VERSION.zip"   # 177 MB; ~/.m2 still has it
fi

# Build-time options are baked in once (~30 s); "start --optimized" then skips re-augmentation.
# The marker records the options so changing them here forces a rebuild.
BUILD_OPTS="--db=dev-mem --health-enabled=true"
if [ "$(cat "$KC_HOME/.portal-build" 2>/dev/null)" != "$BUILD_OPTS" ]; then
  # shellcheck disable=SC2086
  "$KC_HOME/bin/kc.sh" build $BUILD_OPTS > "$KC_WORK/build.log" 2>&1 ||
    { echo "kc.sh build failed:" >&2; tail -40 "$KC_WORK/build.log" >&2; exit 1; }
  echo "$BUILD_OPTS" > "$KC_HOME/.portal-build"
fi

# dev-mem starts empty every time, so the realm is re-imported on each start.
rm -rf "$KC_HOME/data/import"; mkdir -p "$KC_HOME/data/import"
cp "$HERE/portal-realm.json" "$KC_HOME/data/import/"

# Master-realm admin for poking at the admin console; dev only, reachable from 127.0.0.1 only.
export KC_BOOTSTRAP_ADMIN_USERNAME=${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}
export KC_BOOTSTRAP_ADMIN_PASSWORD=${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}
export JAVA_OPTS_KC_HEAP=${JAVA_OPTS_KC_HEAP:--Xms64m -Xmx512m}

# setsid: own process group, so stop.sh can also take down the JVM that kc.sh forks.
# --hostname pins "iss" so tokens fetched via localhost and 127.0.0.1 validate against one issuer.
# --cache=local: otherwise the default cache stack opens cluster ports on all interfaces.
setsid "$KC_HOME/bin/kc.sh" start --optimized --cache=local \
  --http-enabled=true --hostname-strict=false --hostname="${KC_HOSTNAME:-http://127.0.0.1:$KC_PORT}" \
  --http-host=127.0.0.1 --http-port="$KC_PORT" --http-management-port="$KC_MGMT_PORT" \
  --import-realm < /dev/null > "$LOG" 2>&1 &
pid=$!
echo "$pid" > "$PID_FILE"
wait_ready "$pid"
