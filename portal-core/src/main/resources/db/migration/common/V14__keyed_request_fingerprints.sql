-- Request fingerprints are now HMAC-SHA256 under a key derived from portal.secret-key (IdempotencyKeys). The ones
-- stored before are plain SHA-256 over inputs that include the reporter's address, with every other input stored in
-- clear, so each lets a copy of the table confirm a guessed address. They cannot be re-keyed without the request, so
-- they go. The only cost: a retry, with the same Idempotency-Key, of a request sent before this migration is answered
-- 422 (a conflict) instead of its earlier reference; retries come within minutes, so the window is a deployment.
UPDATE reports SET request_fingerprint = NULL WHERE request_fingerprint IS NOT NULL;
