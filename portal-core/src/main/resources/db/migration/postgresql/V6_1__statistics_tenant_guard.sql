-- The database backstop for partner statistics: the view only shows the tenant the transaction declared
-- with set_config('portal.statistics_tenant', '<code>', true) ('*' for platform administrators). A query
-- that forgets its tenant filter still sees nothing of another tenant, and one that forgets to declare a
-- tenant sees nothing at all. security_barrier keeps the guard from being bypassed by leaky functions.
CREATE OR REPLACE VIEW tenant_url_outcomes WITH (security_barrier = true) AS
SELECT r.tenant_code,
       r.id                                AS report_id,
       r.received_at,
       u.id                                AS url_id,
       a.assessed_at,
       COALESCE(c.new_outcome, a.outcome)  AS outcome,
       COALESCE(c.new_actions, a.actions)  AS actions
FROM reports r
JOIN reported_urls u ON u.report_id = r.id
LEFT JOIN assessments a ON a.reported_url_id = u.id
LEFT JOIN reviews c ON c.assessment_id = a.id AND c.decision = 'CHANGED'
      AND c.reviewed_at = (SELECT MAX(c2.reviewed_at) FROM reviews c2
                           WHERE c2.assessment_id = a.id AND c2.decision = 'CHANGED')
WHERE r.tenant_code = current_setting('portal.statistics_tenant', true)
   OR current_setting('portal.statistics_tenant', true) = '*';
