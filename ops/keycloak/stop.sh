#!/usr/bin/env bash
# Stop the Keycloak started by start.sh from the same work dir. Exit 0 if none is running.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
KC_WORK=${KC_WORK:-$(cd "$HERE/../.." && pwd)/target/keycloak}
PID_FILE=$KC_WORK/keycloak.pid

pid=$(cat "$PID_FILE" 2>/dev/null || true)
cmd=$(tr '\0' ' ' 2>/dev/null < "/proc/$pid/cmdline" || true)
# A stale pid file may name a reused pid: signal only if the leader still runs kc.sh from this
# work dir, or is gone while its group lives on (a group id is not reused while members exist).
# (-1 would mean "every process", hence the number check.)
if ! [[ $pid =~ ^[0-9]+$ && $pid -gt 1 ]] || ! kill -0 -- "-$pid" 2>/dev/null || { [ -n "$cmd" ] && [[ $cmd != *"$KC_WORK/"* ]]; }; then
  echo "keycloak not running"; rm -f "$PID_FILE"; exit 0
fi

# start.sh ran kc.sh under setsid, so pid == process group: the group also holds the JVM,
# which a plain SIGKILL of kc.sh would leave behind. kc.sh forwards SIGTERM for a clean shutdown.
kill -TERM -- "-$pid" 2>/dev/null || true
for _ in $(seq 1 30); do
  kill -0 -- "-$pid" 2>/dev/null || { rm -f "$PID_FILE"; echo "keycloak stopped"; exit 0; }
  sleep 1
done
echo "keycloak still up after 30s, killing" >&2
kill -KILL -- "-$pid" 2>/dev/null || true
# The kernel needs a moment to release the ports of a killed JVM.
for _ in 1 2 3 4 5; do kill -0 -- "-$pid" 2>/dev/null || break; sleep 1; done
rm -f "$PID_FILE"
