#!/usr/bin/env bash
# Makes sure the machine's PostgreSQL 15 runs and has DATABASE owned by USER (password PASSWORD).
# Idempotent. usage: prepare.sh DATABASE USER PASSWORD [--fresh]   (--fresh drops the database first)
set -euo pipefail
[ $# -ge 3 ] || { echo "usage: $0 DATABASE USER PASSWORD [--fresh]" >&2; exit 2; }
db=$1 user=$2 password=$3 fresh=${4:-}
case "$db$user" in *[!a-z0-9_]*) echo "database and user names: lowercase letters, digits, _" >&2; exit 2 ;; esac

if ! command -v pg_ctlcluster >/dev/null; then
  echo "PostgreSQL is not installed (Debian: apt-get install -y postgresql)" >&2; exit 1
fi
if ! pg_lsclusters -h 2>/dev/null | awk '$1=="15" && $2=="main" {print $4}' | grep -q online; then
  pg_ctlcluster --skip-systemctl-redirect 15 main start
fi
for _ in $(seq 1 30); do su postgres -c "pg_isready -q -h 127.0.0.1" && break; sleep 1; done

psql_admin() { su postgres -c "psql -v ON_ERROR_STOP=1 -qAt $*"; }
if [ "$(psql_admin "-c \"SELECT 1 FROM pg_roles WHERE rolname='$user'\"")" != 1 ]; then
  psql_admin "-c \"CREATE ROLE $user LOGIN PASSWORD '$password'\""
fi
if [ "$fresh" = --fresh ]; then
  psql_admin "-c \"DROP DATABASE IF EXISTS $db WITH (FORCE)\""
fi
if [ "$(psql_admin "-c \"SELECT 1 FROM pg_database WHERE datname='$db'\"")" != 1 ]; then
  psql_admin "-c \"CREATE DATABASE $db OWNER $user\""
fi
echo "PostgreSQL ready: database $db, user $user"
