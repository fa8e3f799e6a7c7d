-- Second opinions and appeals: a senior analyst who did not make the first decision confirms or changes it.
-- The first assessment is never edited; the review stands beside it.

CREATE TABLE reviews (
    id            VARCHAR(36)   NOT NULL PRIMARY KEY,
    assessment_id VARCHAR(36)   NOT NULL,
    kind          VARCHAR(20)   NOT NULL,
    appellant     VARCHAR(20),
    reason        VARCHAR(2000),
    requested_by  VARCHAR(400)  NOT NULL,
    requested_at  TIMESTAMP     NOT NULL,
    reviewer      VARCHAR(400),
    reviewed_at   TIMESTAMP,
    decision      VARCHAR(20),
    new_outcome   VARCHAR(30),
    new_actions   VARCHAR(200),
    notes         VARCHAR(4000),
    CONSTRAINT fk_reviews_assessment FOREIGN KEY (assessment_id) REFERENCES assessments (id),
    CONSTRAINT ck_reviews_decided CHECK ((decision IS NULL AND reviewer IS NULL) OR (decision IS NOT NULL AND reviewer IS NOT NULL))
);

CREATE INDEX ix_reviews_open ON reviews (decision, requested_at);
CREATE INDEX ix_reviews_assessment ON reviews (assessment_id);
