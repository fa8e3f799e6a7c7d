package org.reportingportals.core.intake.entity;

/**
 * What the reporter gets back: the public reference, the receipt secret (shown once) and the status.
 *
 * @param replayed true when this answers a retry of an earlier request with the same idempotency key
 */
public record Acknowledgement(String reference, String receipt, String status, boolean replayed) {
}
