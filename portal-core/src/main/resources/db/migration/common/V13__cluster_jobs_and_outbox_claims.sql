-- Several identical instances share this database. Two things here make their background work safe:
--
-- job_ticks: one row per periodic job. An instance runs a job's tick only after claiming it: it locks the row
-- with FOR UPDATE SKIP LOCKED where the stored tick is older than the current one (ticks are numbered by the
-- database's clock: floor(epoch millis / period)), writes the current tick and commits. So each tick of each job
-- runs on one instance, whichever asked first; the others skip it without waiting.
CREATE TABLE job_ticks (
    job        VARCHAR(60) NOT NULL PRIMARY KEY,
    tick       BIGINT      NOT NULL,
    claimed_at TIMESTAMP
);
INSERT INTO job_ticks (job, tick) VALUES ('feedback-outbox', 0);
INSERT INTO job_ticks (job, tick) VALUES ('contact-retention', 0);
INSERT INTO job_ticks (job, tick) VALUES ('queue-count-fold', 0);

-- The outbox claims a message and commits before it talks to the SMTP server, and records the result in a
-- second transaction. While claimed, next_attempt_at is the end of the claim's lease: a sender that dies
-- mid-send leaves a message that is due again when the lease lapses, and is sent then (at worst twice, never
-- lost). claim_token tells the result which claim it belongs to.
ALTER TABLE feedback_outbox ADD COLUMN claim_token VARCHAR(36);
ALTER TABLE feedback_outbox ADD COLUMN claimed_at TIMESTAMP;
