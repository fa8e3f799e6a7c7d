#!/usr/bin/env bash
# Print an access token for USER/PASSWORD via the password grant on the public portal-test client.
# For scripts and tests only; browsers use portal-web with the code flow + PKCE.
# usage: token.sh USER PASSWORD   env: KC_URL (http://127.0.0.1:8180), KC_REALM (portal)
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: $0 USER PASSWORD" >&2; exit 2; }
url=${KC_URL:-http://127.0.0.1:${KC_PORT:-8180}}/realms/${KC_REALM:-portal}/protocol/openid-connect/token

# --data-urlencode: passwords may contain & or =. No -f, so Keycloak's error JSON reaches stderr.
resp=$(curl -sS --max-time 10 "$url" -d grant_type=password -d client_id=portal-test -d scope=openid \
  --data-urlencode "username=$1" --data-urlencode "password=$2")
# No jq/python on CI: a JWT is [A-Za-z0-9_.-] only, so one sed expression extracts it safely.
token=$(printf '%s' "$resp" | sed -n 's/.*"access_token":"\([A-Za-z0-9._-]*\)".*/\1/p')
[ -n "$token" ] || { echo "no access token: $resp" >&2; exit 1; }
printf '%s\n' "$token"
