-- The claim takes the head of the queue in priority order: a child in danger first, then the oldest, then
-- intake order. ix_reports_queue held child_in_danger ascending, so neither database could read the head
-- from it and both sorted every waiting row on each claim (a sequential scan and a disk sort at 1,000,000
-- waiting). This index is in claim order, so "status = ... ORDER BY child_in_danger DESC, received_at, seq
-- LIMIT 1 FOR UPDATE SKIP LOCKED" reads the first unlocked entry and stops.
DROP INDEX ix_reports_queue;
CREATE INDEX ix_reports_claim ON reports (status, child_in_danger DESC, received_at, seq);
