-- The public intake's rate limits, counted once for all instances: one row per limit kind, client and fixed
-- window (Throttle, ThrottleCounts). A client is known only by a keyed hash (HMAC-SHA256 under a key derived per
-- hour from portal.secret-key), never by its address. window_start is the window's first epoch second; it leads
-- the key so the purge of old windows is an index range, not a scan.
-- UNLOGGED: counters need not survive a crash, and skipping the WAL makes the one upsert per request cheaper.
-- After a crash, or on a standby promoted by a failover (unlogged tables are not replicated), the table starts
-- empty: every client gets a fresh window once, which is the whole cost.
CREATE UNLOGGED TABLE rate_limit_counts (
    window_start BIGINT      NOT NULL,
    kind         VARCHAR(16) NOT NULL,
    client_hash  CHAR(32)    NOT NULL,
    attempts     INTEGER     NOT NULL,
    CONSTRAINT pk_rate_limit_counts PRIMARY KEY (window_start, kind, client_hash)
);
