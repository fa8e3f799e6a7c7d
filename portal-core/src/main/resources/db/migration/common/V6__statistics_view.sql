-- Outcome statistics for partners: one row per reported URL with its tenant, when the report came in, and
-- the URL's latest decision (a senior's change, else the assessment). Nothing about the reporter, the URL
-- or the notes: counts are all a partner may see. PostgreSQL adds a tenant guard (V6_1).
CREATE VIEW tenant_url_outcomes AS
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
                           WHERE c2.assessment_id = a.id AND c2.decision = 'CHANGED');
