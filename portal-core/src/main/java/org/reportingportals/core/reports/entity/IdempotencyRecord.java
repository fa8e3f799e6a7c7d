package org.reportingportals.core.reports.entity;

/**
 * @param keyHash     SHA-256 of the client's Idempotency-Key (the key itself is not stored)
 * @param fingerprint HMAC-SHA256 of the canonical request under a server key, to tell a retry from a different
 *                    request; shredded with the contact address it covers
 */
public record IdempotencyRecord(String keyHash, String fingerprint) {
}
