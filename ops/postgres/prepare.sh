#!/usr/bin/env bash
# Makes sure the machine's PostgreSQL 15 runs and has DATABASE with the platform's three roles:
#   USER_owner        owns the database and its schema; Flyway migrates as it (portal.db.owner-user)
#   USER              the application's pool (portal.db.user): rows only, owns nothing, no BYPASSRLS
#   USER_statistics   NOLOGIN, USER a member (NOINHERIT): partner statistics are read as it, under row-level security
# Passwords: USER's is PASSWORD, USER_owner's is $OWNER_PASSWORD (default: PASSWORD; this script is for a
# development or CI machine). A database made before the owner role existed is handed over to it.
# Idempotent. usage: prepare.sh DATABASE USER PASSWORD [--fresh]   (--fresh drops the database first)
set -euo pipefail
[ $# -ge 3 ] || { echo "usage: $0 DATABASE USER PASSWORD [--fresh]" >&2; exit 2; }
db=$1 user=$2 password=$3 fresh=${4:-}
owner=${user}_owner statistics=${user}_statistics owner_password=${OWNER_PASSWORD:-$password}
case "$db$user" in *[!a-z0-9_]*) echo "database and user names: lowercase letters, digits, _" >&2; exit 2 ;; esac
case "$password$owner_password" in *\'*) echo "passwords: no single quotes" >&2; exit 2 ;; esac

if ! command -v pg_ctlcluster >/dev/null; then
  echo "PostgreSQL is not installed (Debian: apt-get install -y postgresql)" >&2; exit 1
fi
if ! pg_lsclusters -h 2>/dev/null | awk '$1=="15" && $2=="main" {print $4}' | grep -q online; then
  pg_ctlcluster --skip-systemctl-redirect 15 main start
fi
for _ in $(seq 1 30); do su postgres -c "pg_isready -q -h 127.0.0.1" && break; sleep 1; done

psql_admin() { su postgres -c "psql -v ON_ERROR_STOP=1 -qAt $*"; }
role() { # name, attributes
  if [ "$(psql_admin "-c \"SELECT 1 FROM pg_roles WHERE rolname='$1'\"")" != 1 ]; then
    psql_admin "-c \"CREATE ROLE $1 $2\""
  else
    psql_admin "-c \"ALTER ROLE $1 $2\""
  fi
}
role "$owner" "LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD '$owner_password'"
# NOINHERIT: USER holds the statistics role's rights only after SET ROLE, so a statistics read that forgets it fails
role "$user" "LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT PASSWORD '$password'"
role "$statistics" "NOLOGIN NOSUPERUSER NOBYPASSRLS"
psql_admin "-c \"GRANT $statistics TO $user\""
if [ "$fresh" = --fresh ]; then
  psql_admin "-c \"DROP DATABASE IF EXISTS $db WITH (FORCE)\""
fi
if [ "$(psql_admin "-c \"SELECT 1 FROM pg_database WHERE datname='$db'\"")" != 1 ]; then
  psql_admin "-c \"CREATE DATABASE $db OWNER $owner\""
else
  # made by an earlier version of this script, owned by the application's role: hand it all to the owner
  psql_admin "-c \"ALTER DATABASE $db OWNER TO $owner\""
  psql_admin "-d $db" <<SQL
DO \$\$
DECLARE o record;
BEGIN
  FOR o IN SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = 'public' AND c.relowner = '$user'::regrole AND c.relkind IN ('r', 'v') LOOP
    -- a table's identity sequence follows the table
    EXECUTE format(CASE o.relkind WHEN 'v' THEN 'ALTER VIEW %I OWNER TO $owner' ELSE 'ALTER TABLE %I OWNER TO $owner' END,
                   o.relname);
  END LOOP;
  FOR o IN SELECT p.oid::regprocedure AS f FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
           WHERE n.nspname = 'public' AND p.proowner = '$user'::regrole LOOP
    EXECUTE format('ALTER FUNCTION %s OWNER TO $owner', o.f);
  END LOOP;
END
\$\$;
SQL
fi
echo "PostgreSQL ready: database $db, owner $owner, application role $user (statistics role $statistics)"
