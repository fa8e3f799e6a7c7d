-- The same table as PostgreSQL's V12 (see there), logged: H2 has no unlogged tables.
CREATE TABLE rate_limit_counts (
    window_start BIGINT      NOT NULL,
    kind         VARCHAR(16) NOT NULL,
    client_hash  CHAR(32)    NOT NULL,
    attempts     INTEGER     NOT NULL,
    CONSTRAINT pk_rate_limit_counts PRIMARY KEY (window_start, kind, client_hash)
);
