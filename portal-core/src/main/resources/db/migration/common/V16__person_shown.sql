-- The self-report path: a report sent by the young person shown in the content, how old they were when it was
-- made, and whether they are being threatened (sextortion; such a report is also marked child_in_danger). Queue order is
-- now: a child in danger, then the person shown, then the oldest, then intake order; the claim index follows it
-- so that the head of the queue is still one index read.
ALTER TABLE reports ADD COLUMN person_shown BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE reports ADD COLUMN age_when_made VARCHAR(8);
ALTER TABLE reports ADD COLUMN threatened BOOLEAN DEFAULT FALSE NOT NULL;
DROP INDEX ix_reports_claim;
CREATE INDEX ix_reports_claim ON reports (status, child_in_danger DESC, person_shown DESC, received_at, seq);
