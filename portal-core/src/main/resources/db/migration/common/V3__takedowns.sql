-- Notice-and-takedown actions stay open until an analyst confirms the page is gone. One open takedown per
-- page (normalised URL), however many reports named it.

CREATE TABLE takedowns (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    assessment_id   VARCHAR(36)   NOT NULL,
    normalised_hash CHAR(64)      NOT NULL,
    normalised_url  VARCHAR(4096) NOT NULL,
    host_ascii      VARCHAR(255)  NOT NULL,
    hosting_country VARCHAR(2),
    opened_at       TIMESTAMP     NOT NULL,
    opened_by       VARCHAR(400)  NOT NULL,
    removed_at      TIMESTAMP,
    removed_by      VARCHAR(400),
    CONSTRAINT fk_takedowns_assessment FOREIGN KEY (assessment_id) REFERENCES assessments (id)
);

CREATE INDEX ix_takedowns_open ON takedowns (removed_at, opened_at);
CREATE INDEX ix_takedowns_page ON takedowns (normalised_hash);
