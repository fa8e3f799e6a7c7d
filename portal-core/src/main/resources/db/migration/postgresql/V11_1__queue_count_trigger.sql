-- Statement-level, over transition tables: one aggregated change per statement, whether it touched one row
-- (an intake, a claim) or a million (ops/bench/seed-queue.sh). An update that moves no report between open
-- statuses (a lease renewal, a shredded contact) nets to zero and appends nothing.
CREATE FUNCTION queue_count_changes_append() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO queue_count_changes (tenant_code, child_in_danger, status, delta)
        SELECT tenant_code, child_in_danger, status, COUNT(*) FROM new_rows
        WHERE status IN ('RECEIVED', 'IN_ASSESSMENT') GROUP BY tenant_code, child_in_danger, status;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO queue_count_changes (tenant_code, child_in_danger, status, delta)
        SELECT tenant_code, child_in_danger, status, -COUNT(*) FROM old_rows
        WHERE status IN ('RECEIVED', 'IN_ASSESSMENT') GROUP BY tenant_code, child_in_danger, status;
    ELSE
        INSERT INTO queue_count_changes (tenant_code, child_in_danger, status, delta)
        SELECT tenant_code, child_in_danger, status, SUM(delta) FROM (
            SELECT tenant_code, child_in_danger, status, 1 AS delta FROM new_rows
            WHERE status IN ('RECEIVED', 'IN_ASSESSMENT')
            UNION ALL
            SELECT tenant_code, child_in_danger, status, -1 FROM old_rows
            WHERE status IN ('RECEIVED', 'IN_ASSESSMENT')) moved
        GROUP BY tenant_code, child_in_danger, status HAVING SUM(delta) <> 0;
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER reports_counted_on_insert AFTER INSERT ON reports
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION queue_count_changes_append();
CREATE TRIGGER reports_counted_on_update AFTER UPDATE ON reports
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION queue_count_changes_append();
CREATE TRIGGER reports_counted_on_delete AFTER DELETE ON reports
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION queue_count_changes_append();

-- TRUNCATE fires no row or transition trigger; the counts start again from what is left (nothing)
CREATE FUNCTION queue_counts_reset() RETURNS trigger AS $$
BEGIN
    DELETE FROM queue_count_changes;
    DELETE FROM queue_counts;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER reports_counted_on_truncate AFTER TRUNCATE ON reports
    FOR EACH STATEMENT EXECUTE FUNCTION queue_counts_reset();
