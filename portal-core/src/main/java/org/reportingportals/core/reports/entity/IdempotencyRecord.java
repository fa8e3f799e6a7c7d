package org.reportingportals.core.reports.entity;

/**
 * @param keyHash     SHA-256 of the client's Idempotency-Key (the key itself is not stored)
 * @param fingerprint SHA-256 of the canonical request, to tell a retry from a different request
 */
public record IdempotencyRecord(String keyHash, String fingerprint) {
}
