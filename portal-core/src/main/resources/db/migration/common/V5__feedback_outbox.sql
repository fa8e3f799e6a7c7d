-- Feedback emails to reporters, written in the same transaction as the assessment that triggers them and
-- sent later by a pump (the transactional outbox). The address itself stays encrypted on the report and is
-- deleted once the message is sent, given up on, or past retention.

CREATE TABLE feedback_outbox (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    report_id       VARCHAR(36)  NOT NULL,
    public_status   VARCHAR(30)  NOT NULL,
    created_at      TIMESTAMP    NOT NULL,
    attempts        INTEGER      NOT NULL,
    next_attempt_at TIMESTAMP    NOT NULL,
    sent_at         TIMESTAMP,
    given_up_at     TIMESTAMP,
    last_failure    VARCHAR(100),
    CONSTRAINT fk_feedback_outbox_report FOREIGN KEY (report_id) REFERENCES reports (id)
);

CREATE INDEX ix_feedback_outbox_due ON feedback_outbox (sent_at, given_up_at, next_attempt_at);
CREATE INDEX ix_reports_contact ON reports (received_at);
