-- Per-URL assessments by analysts, and what an audit event was about.

CREATE TABLE assessments (
    id               VARCHAR(36)   NOT NULL PRIMARY KEY,
    report_id        VARCHAR(36)   NOT NULL,
    reported_url_id  VARCHAR(36)   NOT NULL,
    analyst          VARCHAR(400)  NOT NULL,
    outcome          VARCHAR(30)   NOT NULL,
    hosting_country  VARCHAR(2),
    age_band         VARCHAR(20),
    self_generated   BOOLEAN,
    actions          VARCHAR(200)  NOT NULL,
    notes            VARCHAR(4000),
    assessed_at      TIMESTAMP     NOT NULL,
    copied_from      VARCHAR(36),
    CONSTRAINT fk_assessments_report FOREIGN KEY (report_id) REFERENCES reports (id),
    CONSTRAINT fk_assessments_url FOREIGN KEY (reported_url_id) REFERENCES reported_urls (id),
    CONSTRAINT uq_assessments_url UNIQUE (reported_url_id)
);

CREATE INDEX ix_assessments_report ON assessments (report_id);

ALTER TABLE audit_events ADD COLUMN detail VARCHAR(200);
