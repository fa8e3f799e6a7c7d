-- The database, not the application, keeps partner statistics to the declared tenant (issue 12, finding 10).
-- Flyway runs as the schema's owner (portal.db.owner-user); the application's pool connects as ${app_role}, which
-- gets only the grants below and owns nothing, so it cannot alter, drop or disable what follows. Partner statistics
-- are read as ${statistics_role} (OutcomeStatistics: set_config('role', ...) and set_config('portal.statistics_tenant', ...),
-- both for the transaction only). That role may read the statistics view and the columns behind it, nothing else,
-- and row-level security shows it the declared tenant's rows only, none when no tenant is declared.
-- ${statistics_role} is created by the database's administrator, NOLOGIN, with ${app_role} a NOINHERIT member
-- (ops/postgres/prepare.sh; ops/kubernetes/base/postgres/portal-db.yaml): the owner needs no CREATEROLE.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${statistics_role}') THEN
        RAISE EXCEPTION 'role ${statistics_role} is missing: CREATE ROLE ${statistics_role} NOLOGIN; GRANT ${statistics_role} TO ${app_role} (see ops/postgres/prepare.sh)';
    END IF;
    IF NOT pg_has_role('${app_role}', '${statistics_role}', 'MEMBER') THEN
        RAISE EXCEPTION 'role ${app_role} must be a member of ${statistics_role}: GRANT ${statistics_role} TO ${app_role}';
    END IF;
    -- with INHERIT the application's role would hold the statistics role's rights without taking it
    IF '${app_role}' <> current_user AND pg_has_role('${app_role}', '${statistics_role}', 'USAGE') THEN
        RAISE EXCEPTION 'role ${app_role} must not inherit ${statistics_role}: ALTER ROLE ${app_role} NOINHERIT';
    END IF;
END
$$;

-- The application's grants: rows of every table, never its definition. Only where the application is not the owner
-- (one role for both stays possible, e.g. a database set up before this migration; DatabaseMigration warns, and
-- refuses in production): revoking from the owner would take the owner's own rights away.
DO $$
BEGIN
    IF '${app_role}' <> current_user THEN
        EXECUTE 'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "${app_role}"';
        EXECUTE 'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO "${app_role}"';
        -- tables and sequences of later migrations: the same rows-only grants
        EXECUTE 'ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO "${app_role}"';
        EXECUTE 'ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO "${app_role}"';
        -- the migrations' own record is read (DatabaseReadiness), never written
        EXECUTE 'REVOKE INSERT, UPDATE, DELETE ON flyway_schema_history FROM "${app_role}"';
        -- the audit trail is append-only (its triggers, V2_1); the grants say so too
        EXECUTE 'REVOKE UPDATE, DELETE ON audit_events FROM "${app_role}"';
        -- statistics only through their role, so a read that forgets to take it fails instead of seeing everyone
        EXECUTE 'REVOKE SELECT, INSERT, UPDATE, DELETE ON tenant_url_outcomes FROM "${app_role}"';
    END IF;
END
$$;

-- The view now reads with the rights and row policies of whoever queries it (security_invoker). Its own guard (V6_1)
-- stays as a second layer; it is no longer the application's to replace, as the application owns nothing.
ALTER VIEW tenant_url_outcomes SET (security_invoker = true);

GRANT SELECT ON tenant_url_outcomes TO "${statistics_role}";
GRANT SELECT (id, tenant_code, received_at) ON reports TO "${statistics_role}";
GRANT SELECT (id, report_id) ON reported_urls TO "${statistics_role}";
GRANT SELECT (id, report_id, reported_url_id, assessed_at, outcome, actions) ON assessments TO "${statistics_role}";
GRANT SELECT (assessment_id, decision, reviewed_at, new_outcome, new_actions) ON reviews TO "${statistics_role}";

-- FORCE: the owner is held to the policies too. The owner gets all rows (later migrations may move data), the
-- application's role all rows (analysts work across tenants), and the statistics role only what its policies below
-- let through: nothing else.
DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['reports', 'reported_urls', 'assessments', 'reviews'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I TO CURRENT_USER USING (true) WITH CHECK (true)', t || '_owner', t);
        EXECUTE format('CREATE POLICY %I ON %I TO "${app_role}" USING (true) WITH CHECK (true)', t || '_application', t);
    END LOOP;
END
$$;

-- The statistics role sees the declared tenant's reports ('*' for platform administrators), none without a
-- declaration; the rows of the tables without a tenant column follow their report.
CREATE POLICY reports_statistics ON reports FOR SELECT TO "${statistics_role}"
    USING (tenant_code = current_setting('portal.statistics_tenant', true)
           OR current_setting('portal.statistics_tenant', true) = '*');
CREATE POLICY reported_urls_statistics ON reported_urls FOR SELECT TO "${statistics_role}"
    USING (report_id IN (SELECT id FROM reports));
CREATE POLICY assessments_statistics ON assessments FOR SELECT TO "${statistics_role}"
    USING (report_id IN (SELECT id FROM reports));
CREATE POLICY reviews_statistics ON reviews FOR SELECT TO "${statistics_role}"
    USING (assessment_id IN (SELECT id FROM assessments));
