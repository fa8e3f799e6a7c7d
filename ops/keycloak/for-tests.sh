#!/usr/bin/env bash
# Keycloak around the integration tests; Maven calls it in pre- and post-integration-test.
#   start: reuse a Keycloak that is already ready on the ports, else start one with start.sh
#   stop:  stop it again, but only if "start" was the one that started it
# Skip with -Dkeycloak.skip (the sign-on tests then skip themselves, except on CI where they fail).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
KC_WORK=${KC_WORK:-$(cd "$HERE/../.." && pwd)/target/keycloak}
MARK=$KC_WORK/started-for-tests

case "${1:-}" in
  start)
    if curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:${KC_MGMT_PORT:-9180}/health/ready" 2>/dev/null; then
      echo "keycloak already running: the tests use it"
      exit 0
    fi
    "$HERE/start.sh"
    mkdir -p "$KC_WORK" && touch "$MARK"
    ;;
  stop)
    if [ -f "$MARK" ]; then
      rm -f "$MARK"
      "$HERE/stop.sh"
    fi
    ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
