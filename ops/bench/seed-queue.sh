#!/usr/bin/env bash
# Loads N synthetic waiting reports (one URL each) into a PostgreSQL database the platform has migrated, in
# set-based statements through the real schema: UUID ids, valid references (SEED-XXXX-XXXX), the live demo tenants in
# turn, one report in 50 marked "a child may be in immediate danger", received times 2 s apart ending now (kept
# to the minute, as intake keeps them), receipts that can never verify, no contact, nothing about a reporter.
# For benchmarks, and for anyone who wants to see the console at depth. Only rows it made are touched; run it
# again to add more.
#
# usage: seed-queue.sh N [DATABASE] [USER]         (defaults portal, portal; PGHOST 127.0.0.1, PGPASSWORD portal)
#        seed-queue.sh --remove [DATABASE] [USER]  deletes what it seeded
set -euo pipefail
n=${1:?usage: seed-queue.sh N [DATABASE] [USER] | --remove [DATABASE] [USER]}
db=${2:-portal} user=${3:-portal}
export PGHOST=${PGHOST:-127.0.0.1} PGPASSWORD=${PGPASSWORD:-portal}
psql_db() { psql -X -v ON_ERROR_STOP=1 -qAt -U "$user" -d "$db" "$@"; }

if [ "$n" = --remove ]; then
  psql_db -c "DELETE FROM reported_urls WHERE report_id IN (SELECT id FROM reports WHERE reference LIKE 'SEED-%')" \
          -c "DELETE FROM reports WHERE reference LIKE 'SEED-%'"
  echo "seeded reports removed"; exit 0
fi
case "$n" in ''|*[!0-9]*) echo "N must be a whole number" >&2; exit 2 ;; esac
[ "$n" -ge 1 ] && [ "$n" -le 20000000 ] || { echo "N must be from 1 to 20000000" >&2; exit 2; }

start=$(date +%s)
offset=$(psql_db -c "SELECT count(*) FROM reports WHERE reference LIKE 'SEED-%'")
psql_db -v n="$n" -v offset="$offset" <<'SQL'
-- four reference digits from the alphabet references use (no 0, 1, I, L, O, U)
CREATE FUNCTION pg_temp.b30(v bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT substr('23456789ABCDEFGHJKMNPQRSTVWXYZ', (v / 27000 % 30)::int + 1, 1)
      || substr('23456789ABCDEFGHJKMNPQRSTVWXYZ', (v / 900 % 30)::int + 1, 1)
      || substr('23456789ABCDEFGHJKMNPQRSTVWXYZ', (v / 30 % 30)::int + 1, 1)
      || substr('23456789ABCDEFGHJKMNPQRSTVWXYZ', (v % 30)::int + 1, 1) $$;
BEGIN;
INSERT INTO reports (id, reference, tenant_code, locale, received_at, status, child_in_danger, content_hints,
                     feedback, receipt_hash)
SELECT md5('seed-report-' || g)::uuid::text,
       'SEED-' || pg_temp.b30(g / 810000) || '-' || pg_temp.b30(g % 810000),
       (ARRAY['ug', 'np', 'in', 'pk', 'bd', 'ma', 'mz', 'bo'])[1 + g % 8],
       (ARRAY['en', 'ne', 'en', 'ur', 'bn', 'fr', 'pt', 'es'])[1 + g % 8],
       date_trunc('minute', (now() AT TIME ZONE 'UTC') - make_interval(secs => (:offset + :n - g) * 2)),
       'RECEIVED', g % 50 = 0, '', 'NONE',
       'hmac-sha256$' || repeat('A', 22) || '$' || repeat('A', 43)
FROM generate_series(:offset + 1, :offset + :n) AS g;
INSERT INTO reported_urls (id, report_id, url_index, raw_url, normalised_url, normalised_hash, host_ascii,
                           host_unicode, has_userinfo, host_is_ip)
SELECT md5('seed-url-' || g)::uuid::text, md5('seed-report-' || g)::uuid::text, 0,
       'http://seed.example/' || g, 'http://seed.example/' || g,
       encode(sha256(convert_to('http://seed.example/' || g, 'UTF8')), 'hex'), 'seed.example', 'seed.example',
       false, false
FROM generate_series(:offset + 1, :offset + :n) AS g;
COMMIT;
ANALYZE reports;
ANALYZE reported_urls;
SQL
echo "seeded $n waiting reports ($((offset + n)) in all) into $db in $(( $(date +%s) - start )) s"
